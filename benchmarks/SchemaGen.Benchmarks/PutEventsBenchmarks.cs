using System;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The body of a ten-event PutEvents call: SchemaGen's validated wire writer against System.Text.Json's
/// reflection serializer on plain objects of the same shape (no validation).
/// </summary>
[MemoryDiagnoser]
public class PutEventsBenchmarks
{
    private static readonly JsonSerializerOptions PeerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private PutEventsRequest _request = null!;
    private PeerRequest _peer = null!;
    private readonly Serialization.PooledBufferWriter _buffer = new(8192);

    [GlobalSetup]
    public void Setup()
    {
        var builder = new MovieRating.PutEventsBuilder("tracking-1");
        var peerEvents = new List<PeerEvent>();
        for (var i = 0; i < 10; i++)
        {
            var rating = new MovieRating
            {
                UserId = "user555",
                ItemId = "movie_" + i,
                Timestamp = DateTimeOffset.FromUnixTimeSeconds(1553631760 + i),
                EventType = "rating",
                EventValue = i % 5,
                NumRatings = i,
                Location = "Ohio",
                Genres = new[] { "Drama" },
            };
            builder.Add("session1", rating);
            var @event = rating.ToEvent();
            peerEvents.Add(new PeerEvent(@event.EventType, @event.ItemId, @event.EventValue, @event.Properties, @event.SentAt.ToUnixTimeSeconds()));
        }

        _request = builder.Build()[0];
        _peer = new PeerRequest("tracking-1", "user555", "session1", peerEvents);

        // Both bodies say the same: equal as JSON, though the peer escapes quotes differently.
        using var subject = JsonDocument.Parse(SchemaGenValidatedWireBody());
        using var peer = JsonDocument.Parse(JsonSerializerOnPlainObjects());
        if (!JsonElement.DeepEquals(subject.RootElement, peer.RootElement))
        {
            throw new InvalidOperationException("The bodies differ:\n" + SchemaGenValidatedWireBody() + "\n" + JsonSerializerOnPlainObjects());
        }
    }

    [Benchmark(Baseline = true)]
    public string JsonSerializerOnPlainObjects() => JsonSerializer.Serialize(_peer, PeerOptions);

    [Benchmark]
    public string SchemaGenValidatedWireBody() => _request.ToJson();

    /// <summary>The checks alone, without writing: what validation costs.</summary>
    [Benchmark]
    public int SchemaGenValidationOnly() => _request.Validate().Count;

    /// <summary>The wire writer alone, into a reused buffer: what writing costs.</summary>
    [Benchmark]
    public int SchemaGenWritingOnly()
    {
        _buffer.Clear();
        Serialization.PutEventsWireFormat.Write(_buffer, _request);
        return _buffer.WrittenSpan.Length;
    }

    public sealed record PeerRequest(string TrackingId, string UserId, string SessionId, List<PeerEvent> EventList);

    public sealed record PeerEvent(string EventType, string? ItemId, float? EventValue, string? Properties, long SentAt);
}
