using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The properties string of one event: the generated serializer against the usual hand-written way, a
/// dictionary of strings given to System.Text.Json's serializer.
/// </summary>
[MemoryDiagnoser]
public class PropertiesBenchmarks
{
    private readonly MovieRating _rating = new()
    {
        UserId = "user555",
        ItemId = "movie_ten",
        Timestamp = DateTimeOffset.FromUnixTimeSeconds(1553631760),
        EventType = "rating",
        EventValue = 4,
        NumRatings = 13,
        Location = "Ohio",
        Genres = new[] { "Drama", "Comedy" },
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup() => _writer = new Utf8JsonWriter(_buffer);

    [Benchmark(Baseline = true)]
    public string DictionaryThroughJsonSerializer() => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["numRatings"] = _rating.NumRatings!.Value.ToString(CultureInfo.InvariantCulture),
        ["location"] = _rating.Location!,
        ["genres"] = string.Join("|", _rating.Genres),
    });

    [Benchmark]
    public string GeneratedToPropertiesJson() => _rating.ToPropertiesJson();

    [Benchmark]
    public int GeneratedWritePropertiesIntoReusedWriter()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _rating.WriteProperties(_writer);
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
