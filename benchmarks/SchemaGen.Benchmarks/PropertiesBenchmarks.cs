using System;
using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The properties string of one event, for the seed's rating and a five-field schema: the generated serializer
/// against a camelCase DTO given to System.Text.Json's reflection serializer (the baseline) and to its source
/// generator. Each subject's output is checked against the peers' before anything is measured.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
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

    private readonly DeviceView _view = new()
    {
        UserId = "user555",
        ItemId = "sku-42",
        Timestamp = 1553631760,
        EventType = "view",
        Device = "phone",
        Channel = "email",
        Price = 19.99,
        Quantity = 2,
        Tags = new[] { "sale", "new", "kids" },
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer);
        Same("rating", RatingReflection(), RatingSourceGenerated(), RatingGenerated(), RatingIntoReusedWriter);
        Same("device view", DeviceViewReflection(), DeviceViewSourceGenerated(), DeviceViewGenerated(), DeviceViewIntoReusedWriter);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Rating")]
    public string RatingReflection() => JsonSerializer.Serialize(RatingProperties.From(_rating), PeerJson.Reflection);

    [Benchmark, BenchmarkCategory("Rating")]
    public string RatingSourceGenerated() => JsonSerializer.Serialize(RatingProperties.From(_rating), PeerJsonContext.Default.RatingProperties);

    [Benchmark, BenchmarkCategory("Rating")]
    public string RatingGenerated() => _rating.ToPropertiesJson();

    [Benchmark, BenchmarkCategory("Rating")]
    public int RatingIntoReusedWriter()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _rating.WriteProperties(_writer);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("DeviceView")]
    public string DeviceViewReflection() => JsonSerializer.Serialize(DeviceViewProperties.From(_view), PeerJson.Reflection);

    [Benchmark, BenchmarkCategory("DeviceView")]
    public string DeviceViewSourceGenerated() => JsonSerializer.Serialize(DeviceViewProperties.From(_view), PeerJsonContext.Default.DeviceViewProperties);

    [Benchmark, BenchmarkCategory("DeviceView")]
    public string DeviceViewGenerated() => _view.ToPropertiesJson();

    [Benchmark, BenchmarkCategory("DeviceView")]
    public int DeviceViewIntoReusedWriter()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _view.WriteProperties(_writer);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    private void Same(string schema, string reflection, string sourceGenerated, string generated, Func<int> intoWriter)
    {
        intoWriter();
        var written = System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
        if (reflection != sourceGenerated || reflection != generated || reflection != written)
        {
            throw new InvalidOperationException($"The {schema} subjects disagree: {reflection} / {sourceGenerated} / {generated} / {written}");
        }
    }
}
