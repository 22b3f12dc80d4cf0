using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>
/// The item and action-interaction recorders through a server that fails a third of all requests in every way it
/// can: every record ends accepted, replaced by a later value of its id, or in OnFailure; a request never carries
/// an id twice; and the dataset never takes an earlier value of an id after a later one.
/// </summary>
[Collection(nameof(FaultCollection))]
public sealed class DatasetFaultTests
{
    private const string ItemsArn = "arn:aws:personalize:us-west-2:123456789012:dataset/shop/ITEMS";
    private const int Producers = 8;
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromMilliseconds(800);

    [Fact]
    public async Task Every_item_ends_accepted_replaced_or_in_OnFailure_and_the_latest_value_wins()
    {
        const int ItemCount = 240;
        const int RecordCount = 4_000;
        var service = new ItemsService(new InjectedFaults(20261206, ClientTimeout));
        await using var loopback = await LoopbackServer.StartAsync(service.AnswerAsync);
        using var client = TestData.Client(loopback, timeout: ClientTimeout);
        var failures = new ConcurrentQueue<RecordsFailure>();
        using var replaced = new ReplacedCount("PutItems");
        var recorder = new ItemRecorder<Product>(client, new DatasetRecorderOptions
        {
            DatasetArn = ItemsArn,
            Capacity = 500,
            FlushInterval = TimeSpan.FromMilliseconds(20),
            MaxConcurrentRequests = 16,
            MaxRequestsPerSecond = 1000,
            MaxAttempts = 6,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RetryMaxDelay = TimeSpan.FromMilliseconds(100),
            DisposeTimeout = TimeSpan.FromSeconds(60),
            OnFailure = failures.Enqueue,
        });

        // Each producer owns its ids, so "later" is the order it records them in: versions 1, 2, 3, … per id.
        var lastVersion = new ConcurrentDictionary<string, int>();
        var producers = Enumerable.Range(0, Producers).Select(producer => Task.Run(async () =>
        {
            var random = new Random(producer);
            for (var i = producer; i < RecordCount; i += Producers)
            {
                var id = "item-" + (producer + Producers * random.Next(ItemCount / Producers));
                var version = lastVersion.AddOrUpdate(id, 1, (_, last) => last + 1);
                await recorder.RecordAsync(new Product { ItemId = id, Genre = "Drama", Version = version });
            }
        })).ToArray();

        var run = Task.WhenAll(producers).ContinueWith(_ => recorder.DisposeAsync().AsTask()).Unwrap();
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(3))));
        await Task.WhenAll(producers);
        await run;

        Assert.Equal(RecordCount, lastVersion.Values.Sum());
        Assert.Empty(service.IdsTwiceInOneRequest);
        Assert.Empty(service.EarlierAfterLater);

        var failed = failures.SelectMany(failure => ((PutItemsRequest)failure.Request).Items).Select(item => (item.ItemId, Version(item))).ToHashSet();
        var accepted = service.Accepted.Keys.ToHashSet();
        Assert.Empty(accepted.Intersect(failed));
        Assert.All(failures, failure => Assert.True(failure.Exception is PersonalizeEventsException { IsRetryable: true }, failure.Exception.ToString()));

        // A failure not marked of unknown outcome was never stored.
        var known = failures.Where(failure => !failure.OutcomeUnknown).SelectMany(failure => ((PutItemsRequest)failure.Request).Items).Select(item => (item.ItemId, Version(item)));
        Assert.DoesNotContain(known, service.EverStored.ContainsKey);

        foreach (var (id, last) in lastVersion)
        {
            // The latest value is in the dataset, or its request is in OnFailure.
            Assert.True(service.Stored.TryGetValue(id, out var stored) && stored == last || failed.Contains((id, last)), id + ": stored " + stored + ", last recorded " + last);
        }

        // Every value recorded was accepted, failed, or replaced by a later value of its id before it was sent.
        Assert.True(replaced.Value > 0, "no item was recorded again before it was sent");
        Assert.Equal(RecordCount, accepted.Count + failed.Count + replaced.Value);
        Assert.All(Enum.GetValues<Fault>(), fault => Assert.True(service.Faults.Count(fault) > 0, fault + " never happened"));
    }

    [Fact]
    public async Task Every_action_interaction_ends_accepted_or_in_OnFailure_under_the_same_event_id()
    {
        const int RecordCount = 3_000;
        var service = new ActionInteractionsService(new InjectedFaults(20261207, ClientTimeout));
        await using var loopback = await LoopbackServer.StartAsync(service.AnswerAsync);
        using var client = TestData.Client(loopback, timeout: ClientTimeout);
        var failures = new ConcurrentQueue<RecordsFailure>();
        var recorder = new ActionInteractionRecorder<OfferEvent>(client, new ActionInteractionRecorderOptions
        {
            TrackingId = TestData.TrackingId,
            Capacity = 500,
            FlushInterval = TimeSpan.FromMilliseconds(20),
            MaxConcurrentRequests = 16,
            MaxAttempts = 6,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RetryMaxDelay = TimeSpan.FromMilliseconds(100),
            DisposeTimeout = TimeSpan.FromSeconds(60),
            OnFailure = failures.Enqueue,
        });

        var recorded = new ConcurrentBag<string>();
        var producers = Enumerable.Range(0, Producers).Select(producer => Task.Run(async () =>
        {
            for (var i = producer; i < RecordCount; i += Producers)
            {
                recorded.Add(await recorder.RecordAsync("session-" + i % 50, new OfferEvent { UserId = "user-" + i % 7, ActionId = "action-" + i, Timestamp = TestData.SentAt, EventType = "Viewed" }));
            }
        })).ToArray();

        var run = Task.WhenAll(producers).ContinueWith(_ => recorder.DisposeAsync().AsTask()).Unwrap();
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(3))));
        await Task.WhenAll(producers);
        await run;

        var ids = recorded.ToArray();
        Assert.Equal(RecordCount, ids.Distinct().Count());
        var failed = failures.SelectMany(failure => ((PutActionInteractionsRequest)failure.Request).ActionInteractions).Select(record => record.EventId!).ToArray();
        Assert.Equal(failed.Length, failed.Distinct().Count());
        var accepted = service.Accepted.Keys.ToHashSet();
        Assert.Empty(accepted.Intersect(failed));
        Assert.Equal(ids.Order(), accepted.Concat(failed).Order());
        Assert.Empty(service.ReusedIds);
        Assert.All(Enum.GetValues<Fault>(), fault => Assert.True(service.Faults.Count(fault) > 0, fault + " never happened"));
    }

    /// <summary>The recorders' count of records replaced before they were sent, for one operation (this collection runs alone).</summary>
    private sealed class ReplacedCount : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _value;

        public ReplacedCount(string operation)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "SchemaGen.Events" && instrument.Name == "schemagen.events.replaced")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "schemagen.operation" && Equals(tag.Value, operation))
                    {
                        Interlocked.Add(ref _value, value);
                    }
                }
            });
            _listener.Start();
        }

        public int Value => (int)Interlocked.Read(ref _value);

        public void Dispose() => _listener.Dispose();
    }

    private static int Version(Item item) => int.Parse(JsonDocument.Parse(item.Properties!).RootElement.GetProperty("version").GetString()!);

    /// <summary>An Items dataset that keeps the latest value of each id, failing on purpose.</summary>
    private sealed class ItemsService(InjectedFaults faults)
    {
        private readonly object _lock = new();

        public InjectedFaults Faults { get; } = faults;

        public Dictionary<string, int> Stored { get; } = new();

        public ConcurrentDictionary<(string Id, int Version), bool> Accepted { get; } = new();

        public ConcurrentQueue<string> IdsTwiceInOneRequest { get; } = new();

        /// <summary>Every value the dataset took, answered or not.</summary>
        public ConcurrentDictionary<(string Id, int Version), bool> EverStored { get; } = new();

        public ConcurrentQueue<string> EarlierAfterLater { get; } = new();

        public async Task AnswerAsync(HttpContext context, CapturedRequest request)
        {
            using var document = JsonDocument.Parse(request.Body);
            var items = document.RootElement.GetProperty("items").EnumerateArray()
                .Select(item => (Id: item.GetProperty("itemId").GetString()!, Version: int.Parse(JsonDocument.Parse(item.GetProperty("properties").GetString()!).RootElement.GetProperty("version").GetString()!)))
                .ToArray();
            foreach (var twice in items.GroupBy(item => item.Id).Where(group => group.Count() > 1))
            {
                IdsTwiceInOneRequest.Enqueue(twice.Key);
            }

            if (await Faults.AnswerAsync(context, () => Store(items)))
            {
                foreach (var item in items)
                {
                    Accepted[item] = true;
                }
            }
        }

        private void Store((string Id, int Version)[] items)
        {
            lock (_lock)
            {
                foreach (var (id, version) in items)
                {
                    if (Stored.TryGetValue(id, out var held) && held > version)
                    {
                        EarlierAfterLater.Enqueue(id + " v" + version + " after v" + held);
                    }

                    Stored[id] = version;
                    EverStored[(id, version)] = true;
                }
            }
        }
    }

    /// <summary>An action interactions tracker that keeps each event by id, failing on purpose.</summary>
    private sealed class ActionInteractionsService(InjectedFaults faults)
    {
        private readonly ConcurrentDictionary<string, string> _stored = new();

        public InjectedFaults Faults { get; } = faults;

        public ConcurrentDictionary<string, bool> Accepted { get; } = new();

        public ConcurrentQueue<string> ReusedIds { get; } = new();

        public async Task AnswerAsync(HttpContext context, CapturedRequest request)
        {
            using var document = JsonDocument.Parse(request.Body);
            var records = document.RootElement.GetProperty("actionInteractions").EnumerateArray()
                .Select(record => (Id: record.GetProperty("eventId").GetString()!, Content: record.GetRawText()))
                .ToArray();
            if (await Faults.AnswerAsync(context, () => Store(records)))
            {
                foreach (var (id, _) in records)
                {
                    Accepted[id] = true;
                }
            }
        }

        private void Store((string Id, string Content)[] records)
        {
            foreach (var (id, content) in records)
            {
                if (_stored.GetOrAdd(id, content) != content)
                {
                    ReusedIds.Enqueue(id);
                }
            }
        }
    }
}
