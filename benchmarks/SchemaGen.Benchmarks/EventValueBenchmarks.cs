using System;
using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Ten whole-number event values (a rating) into a reused writer: the wire writer's integer path against the float
/// formatter it stands in for, which the output is first checked to equal.
/// </summary>
[MemoryDiagnoser]
public class EventValueBenchmarks
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("eventValue");
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly float[] _values = [4, 5, 3, 1, 2, 5, 4, 4, 3, 5];
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer, Serialization.JsonDefaults.WriterOptions);
        FloatFormatter();
        var peer = _buffer.WrittenSpan.ToArray();
        IntegerPath();
        if (!_buffer.WrittenSpan.SequenceEqual(peer))
        {
            throw new InvalidOperationException("The integer path writes other text than the float formatter.");
        }
    }

    [Benchmark(Baseline = true)]
    public int FloatFormatter() => Write(static (writer, value) => writer.WriteNumber(Name, value));

    [Benchmark]
    public int IntegerPath() => Write(static (writer, value) => Serialization.EventValueFormat.Write(writer, Name, value));

    private int Write(Action<Utf8JsonWriter, float> write)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        foreach (var value in _values)
        {
            write(_writer, value);
        }

        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
