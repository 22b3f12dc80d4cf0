using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Ten thousand events (1,000 sessions of 10) to a loopback server that answers 200 at once: through an
/// <see cref="EventRecorder{T}"/> (validated, batched by ten, signed with SigV4, 8 requests at a time, no rate limit so
/// the pipeline's own cost shows) against one unsigned <see cref="HttpClient"/> POST per event with System.Text.Json
/// bodies, also 8 at a time. Times are per event; the extra column is processor time per 1,000 events.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CpuPerThousandEventsColumn.Config))]
public class SenderBenchmarks
{
    private const int Events = 10_000;
    private const int Concurrency = 8;

    private static readonly JsonSerializerOptions PeerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly CpuPerThousandEventsColumn.CpuTotals _recorderCpu = new();
    private readonly CpuPerThousandEventsColumn.CpuTotals _postCpu = new();
    private LoopbackEventsServer _server = null!;
    private PersonalizeEventsClient _client = null!;
    private HttpClient _http = null!;
    private Uri _eventsUri = null!;
    private (string Session, MovieRating Rating)[] _ratings = null!;
    private int _failedRequests;

    [GlobalSetup]
    public async Task Setup()
    {
        _server = await LoopbackEventsServer.StartAsync();
        _client = LoopbackDelivery.Client(_server);
        _http = new HttpClient();
        _eventsUri = _client.EventsUri;
        _ratings = Ratings(Events);

        // Both subjects deliver every event before they are measured.
        await EventRecorderSigned();
        Check(nameof(EventRecorderSigned));
        await HttpClientPostPerEvent();
        Check(nameof(HttpClientPostPerEvent));
    }

    /// <summary>The suite's events: sessions of 10, each its own user, every field of the schema set.</summary>
    internal static (string Session, MovieRating Rating)[] Ratings(int count)
    {
        var ratings = new (string, MovieRating)[count];
        for (var i = 0; i < count; i++)
        {
            ratings[i] = ("session-" + (i / 10), new MovieRating
            {
                UserId = "user-" + (i / 10),
                ItemId = "movie_" + (i % 97),
                Timestamp = DateTimeOffset.FromUnixTimeSeconds(1553631760 + i),
                EventType = "rating",
                EventValue = i % 5,
                NumRatings = i,
                Location = "Ohio",
                Genres = new[] { "Drama" },
            });
        }

        return ratings;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        CpuPerThousandEventsColumn.Save(nameof(EventRecorderSigned), _recorderCpu);
        CpuPerThousandEventsColumn.Save(nameof(HttpClientPostPerEvent), _postCpu);
        _client.Dispose();
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public Task HttpClientPostPerEvent() => CpuPerThousandEventsColumn.MeasureAsync(_postCpu, Events, () =>
        Parallel.ForEachAsync(_ratings, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (entry, cancellationToken) =>
        {
            var @event = entry.Rating.ToEvent(Guid.NewGuid().ToString("N"));
            var body = JsonSerializer.SerializeToUtf8Bytes(
                new PutEventsBenchmarks.PeerRequest("tracking-1", entry.Rating.UserId, entry.Session, new List<PutEventsBenchmarks.PeerEvent>
                {
                    new(@event.EventType, @event.ItemId, @event.EventValue, @event.Properties, @event.SentAt.ToUnixTimeSeconds()),
                }),
                PeerOptions);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync(_eventsUri, content, cancellationToken);
            response.EnsureSuccessStatusCode();
        }));

    [Benchmark(OperationsPerInvoke = Events)]
    public Task EventRecorderSigned() => CpuPerThousandEventsColumn.MeasureAsync(_recorderCpu, Events, async () =>
    {
        await using var recorder = new EventRecorder<MovieRating>(_client, new EventRecorderOptions
        {
            TrackingId = "tracking-1",
            Capacity = Events,
            MaxConcurrentRequests = Concurrency,
            MaxRequestsPerSecond = 1_000_000,
            FlushInterval = TimeSpan.FromHours(1),
            OnFailure = _ => System.Threading.Interlocked.Increment(ref _failedRequests),
        });
        foreach (var (session, rating) in _ratings)
        {
            await recorder.RecordAsync(session, rating);
        }
    });

    private void Check(string subject) => LoopbackDelivery.Check(_server, subject, Events, _failedRequests);
}
