using System;
using System.Buffers.Text;
using BenchmarkDotNet.Attributes;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Ten whole-number event values (a rating): the wire writer's integer path against the float formatter
/// System.Text.Json's writer formats floats with, which the output is first checked to equal.
/// </summary>
[MemoryDiagnoser]
public class EventValueBenchmarks
{
    private readonly byte[] _buffer = new byte[512];
    private readonly float[] _values = [4, 5, 3, 1, 2, 5, 4, 4, 3, 5];

    [GlobalSetup]
    public void Setup()
    {
        var length = FloatFormatter();
        var peer = _buffer.AsSpan(0, length).ToArray();
        if (IntegerPath() != length || !_buffer.AsSpan(0, length).SequenceEqual(peer))
        {
            throw new InvalidOperationException("The integer path writes other text than the float formatter.");
        }
    }

    [Benchmark(Baseline = true)]
    public int FloatFormatter()
    {
        var at = 0;
        foreach (var value in _values)
        {
            Utf8Formatter.TryFormat(value, _buffer.AsSpan(at), out var written);
            at += written;
        }

        return at;
    }

    [Benchmark]
    public int IntegerPath()
    {
        var at = 0;
        foreach (var value in _values)
        {
            at += Serialization.EventValueFormat.Write(value, _buffer.AsSpan(at));
        }

        return at;
    }
}
