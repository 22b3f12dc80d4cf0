using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>Global probes (unobserved task exceptions, thread-pool latency) need the process to themselves.</summary>
[CollectionDefinition(nameof(FaultCollection), DisableParallelization = true)]
public sealed class FaultCollection
{
}

/// <summary>
/// Ten thousand events through a server that fails a third of all requests in every way it can: whatever happens,
/// each event ends accepted or in OnFailure, never both, never neither, and no event id ever names two events.
/// </summary>
[Collection(nameof(FaultCollection))]
public sealed class FaultTests
{
    private const int EventCount = 10_000;
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromMilliseconds(800);

    [Fact]
    public async Task Every_event_ends_accepted_or_in_OnFailure_under_faults()
    {
        var server = new FaultyService(new InjectedFaults(20261130, ClientTimeout));
        await using var loopback = await LoopbackServer.StartAsync(server.AnswerAsync);
        using var client = TestData.Client(loopback, timeout: ClientTimeout);
        var failures = new FailureLog();
        var unobserved = new ConcurrentQueue<Exception>();
        EventHandler<UnobservedTaskExceptionEventArgs> onUnobserved = (_, args) => unobserved.Enqueue(args.Exception);
        TaskScheduler.UnobservedTaskException += onUnobserved;
        using var poolProbe = new ThreadPoolProbe();
        try
        {
            var recorder = new EventRecorder<MovieRating>(client, new EventRecorderOptions
            {
                TrackingId = TestData.TrackingId,
                Capacity = 2_000,
                FlushInterval = TimeSpan.FromMilliseconds(50),
                MaxConcurrentRequests = 16,
                MaxAttempts = 6,
                RetryBaseDelay = TimeSpan.FromMilliseconds(5),
                RetryMaxDelay = TimeSpan.FromMilliseconds(100),
                DisposeTimeout = TimeSpan.FromSeconds(60),
                OnFailure = failures.Add,
            });

            var recorded = new ConcurrentBag<string>();
            var producers = Enumerable.Range(0, 8).Select(producer => Task.Run(async () =>
            {
                for (var i = producer; i < EventCount; i += 8)
                {
                    // 300 sessions of 3 users each: batches fill at different speeds, so full and timed flushes mix.
                    var session = i % 300;
                    recorded.Add(await recorder.RecordAsync("session-" + session, TestData.Rating("user-" + session % 3, i)));
                }
            })).ToArray();

            var run = Task.WhenAll(producers).ContinueWith(_ => recorder.DisposeAsync().AsTask()).Unwrap();
            Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(3))));
            await Task.WhenAll(producers);
            await run;

            var ids = recorded.ToArray();
            Assert.Equal(EventCount, ids.Length);
            Assert.Equal(EventCount, ids.Distinct().Count());

            var accepted = server.Accepted.Keys.ToHashSet();
            var failed = failures.EventIds;
            Assert.Equal(failed.Length, failed.Distinct().Count());
            Assert.Empty(accepted.Intersect(failed));
            Assert.Equal(ids.OrderBy(id => id), accepted.Concat(failed).OrderBy(id => id));
            Assert.Empty(server.ReusedIds);
            Assert.All(failures.Failures, failure => Assert.True(failure.Exception is PersonalizeEventsException { IsRetryable: true }, failure.Exception.ToString()));

            // A failure not marked of unknown outcome was never stored.
            var known = failures.Failures.Where(failure => !failure.OutcomeUnknown).SelectMany(failure => failure.Request.EventList).Select(@event => @event.EventId!);
            Assert.DoesNotContain(known, server.Stored);

            // Every kind of fault happened, and some requests were retried into success.
            Assert.All(Enum.GetValues<Fault>(), fault => Assert.True(server.Faults.Count(fault) > 0, fault + " never happened"));
            Assert.True(server.RetriedAccepted > 0);
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= onUnobserved;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.Empty(unobserved);
        Assert.True(poolProbe.WorstDelay < TimeSpan.FromSeconds(2), "a work item waited " + poolProbe.WorstDelay + " for a thread-pool thread");
    }

    /// <summary>The service, failing on purpose.</summary>
    private sealed class FaultyService
    {
        private readonly ConcurrentDictionary<string, string> _stored = new();
        private int _retriedAccepted;

        public FaultyService(InjectedFaults faults) => Faults = faults;

        public InjectedFaults Faults { get; }

        /// <summary>Event ids the service answered 200 for.</summary>
        public ConcurrentDictionary<string, bool> Accepted { get; } = new();

        /// <summary>Event ids that arrived again carrying a different event.</summary>
        public ConcurrentQueue<string> ReusedIds { get; } = new();

        public int RetriedAccepted => Volatile.Read(ref _retriedAccepted);

        /// <summary>Whether the service holds the event of this id, answered or not.</summary>
        public bool Stored(string eventId) => _stored.ContainsKey(eventId);

        public async Task AnswerAsync(HttpContext context, CapturedRequest request)
        {
            var seenBefore = false;
            if (await Faults.AnswerAsync(context, () => seenBefore = Store(request)))
            {
                foreach (var id in ReceivedBody.Parse(request.Body).EventIds)
                {
                    Accepted[id] = true;
                }

                if (seenBefore)
                {
                    Interlocked.Increment(ref _retriedAccepted);
                }
            }
        }

        /// <summary>Keeps each event by id, as the service does; returns whether any of them was stored before.</summary>
        private bool Store(CapturedRequest request)
        {
            using var document = System.Text.Json.JsonDocument.Parse(request.Body);
            var root = document.RootElement;
            var owner = root.GetProperty("sessionId").GetString() + "|" + root.GetProperty("userId").GetString();
            var seenBefore = false;
            foreach (var @event in root.GetProperty("eventList").EnumerateArray())
            {
                var id = @event.GetProperty("eventId").GetString()!;
                var content = owner + "|" + @event.GetRawText();
                var stored = _stored.GetOrAdd(id, content);
                if (!ReferenceEquals(stored, content))
                {
                    seenBefore = true;
                    if (stored != content)
                    {
                        ReusedIds.Enqueue(id);
                    }
                }
            }

            return seenBefore;
        }
    }

    /// <summary>Measures, every 50 ms, how long a work item waits for a thread-pool thread: starvation shows as seconds.</summary>
    private sealed class ThreadPoolProbe : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _worstTicks;

        public ThreadPoolProbe() => _loop = Task.Factory.StartNew(Probe, TaskCreationOptions.LongRunning);

        public TimeSpan WorstDelay => TimeSpan.FromTicks(Interlocked.Read(ref _worstTicks));

        public void Dispose()
        {
            _stop.Cancel();
            _loop.Wait();
            _stop.Dispose();
        }

        private void Probe()
        {
            while (!_stop.IsCancellationRequested)
            {
                var clock = Stopwatch.StartNew();
                var started = new ManualResetEventSlim();
                ThreadPool.UnsafeQueueUserWorkItem(_ => started.Set(), null);
                started.Wait(TimeSpan.FromSeconds(30));
                var waited = clock.Elapsed.Ticks;
                if (waited > Interlocked.Read(ref _worstTicks))
                {
                    Interlocked.Exchange(ref _worstTicks, waited);
                }

                _stop.Token.WaitHandle.WaitOne(50);
            }
        }
    }
}
