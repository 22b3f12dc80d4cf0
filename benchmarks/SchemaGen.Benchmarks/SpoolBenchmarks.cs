using System;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Ten thousand events (the sender suite's 1,000 sessions of 10), recorded by 64 callers at once — as a busy web
/// application records them — or by one caller awaiting each <c>RecordAsync</c> in turn, through an <see cref="EventRecorder{T}"/> to a loopback server that answers 200 at
/// once: with a <see cref="DurableSpool"/> (each record committed to SQLite, WAL, synchronous=FULL, before
/// <c>RecordAsync</c> returns; concurrent records share a commit) against the same recorder holding records in memory.
/// An invocation ends when every event is delivered and the recorder disposed. Times are per event; the extra column
/// is processor time per 1,000 events.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CpuPerThousandEventsColumn.Config))]
public class SpoolBenchmarks
{
    private const int Events = 10_000;

    private readonly CpuPerThousandEventsColumn.CpuTotals _memoryCpu = new();
    private readonly CpuPerThousandEventsColumn.CpuTotals _spoolCpu = new();
    private LoopbackEventsServer _server = null!;
    private PersonalizeEventsClient _client = null!;
    private (string Session, MovieRating Rating)[] _ratings = null!;
    private string _spoolDirectory = null!;
    private int _failedRequests;

    /// <summary>How many callers record at once: a commit holds at most one record per caller.</summary>
    [Params(1, 64)]
    public int Callers { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _server = await LoopbackEventsServer.StartAsync();
        _client = LoopbackDelivery.Client(_server);
        _ratings = SenderBenchmarks.Ratings(Events);
        _spoolDirectory = Directory.CreateTempSubdirectory("schemagen-spool-benchmark-").FullName;

        await InMemory();
        Check(nameof(InMemory));
        await DurableSpooled();
        Check(nameof(DurableSpooled));
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        CpuPerThousandEventsColumn.Save(nameof(InMemory), _memoryCpu, "Callers=" + Callers);
        CpuPerThousandEventsColumn.Save(nameof(DurableSpooled), _spoolCpu, "Callers=" + Callers);
        _client.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_spoolDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public Task InMemory() => CpuPerThousandEventsColumn.MeasureAsync(_memoryCpu, Events, () => RecordAllAsync(spool: null));

    [Benchmark(OperationsPerInvoke = Events)]
    public Task DurableSpooled() => CpuPerThousandEventsColumn.MeasureAsync(_spoolCpu, Events, () =>
        RecordAllAsync(DurableSpool.Open(new DurableSpoolOptions { Directory = _spoolDirectory })));

    private async Task RecordAllAsync(DurableSpool? spool)
    {
        await using var recorder = new EventRecorder<MovieRating>(_client, new EventRecorderOptions
        {
            TrackingId = "tracking-1",
            Spool = spool,
            Capacity = Events,
            MaxConcurrentRequests = 8,
            MaxRequestsPerSecond = 1_000_000,
            FlushInterval = TimeSpan.FromMilliseconds(50),
            OnFailure = _ => System.Threading.Interlocked.Increment(ref _failedRequests),
        });
        await Parallel.ForEachAsync(_ratings, new ParallelOptions { MaxDegreeOfParallelism = Callers }, async (entry, _) =>
            await recorder.RecordAsync(entry.Session, entry.Rating));
    }

    private void Check(string subject) => LoopbackDelivery.Check(_server, subject, Events, _failedRequests);
}
