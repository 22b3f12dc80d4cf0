using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SchemaGen.Sending.Tests;
using SchemaGen.Spool.KillTarget;
using Xunit;

namespace SchemaGen.Spool.Tests;

public sealed class SpooledRecorderTests
{
    private const string TrackingId = "7d1f2e3c-tracking-id-of-the-test";
    private const string ItemsArn = "arn:aws:personalize:us-west-2:123456789012:dataset/shop/ITEMS";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    internal static Click Click(int i) => new() { UserId = "user-" + (i % 3), ItemId = "item-" + i, Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + i) };

    private static EventRecorderOptions Options(IRecordSpool spool, Action<PutEventsFailure>? onFailure = null) => new()
    {
        TrackingId = TrackingId,
        Spool = spool,
        FlushInterval = TimeSpan.FromMilliseconds(20),
        MaxAttempts = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(100),
        DisposeTimeout = TimeSpan.FromMilliseconds(300),
        OnFailure = onFailure,
    };

    private static DurableSpool Open(TempDirectory directory) => DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path });

    [Fact]
    public async Task What_one_recorder_could_not_send_the_next_sends_first_with_its_event_ids()
    {
        using var directory = new TempDirectory();
        var failures = new ConcurrentQueue<PutEventsFailure>();
        var down = new TestSender { Refusal = () => new PersonalizeEventsServiceException("down", "InternalFailure", 500) };
        var recorder = new EventRecorder<Click>(down, Options(Open(directory), failures.Enqueue));
        var first = new string[30];
        for (var i = 0; i < first.Length; i++)
        {
            first[i] = await recorder.RecordAsync("session-" + (i % 2), Click(i));
        }

        await Eventually.TrueAsync(() => down.Attempts >= 3, Limit);
        await recorder.DisposeAsync();
        Assert.Empty(failures);

        var up = new TestSender();
        var spool = Open(directory);
        Assert.Equal(30, spool.Count);
        await using (var next = new EventRecorder<Click>(up, Options(spool, failures.Enqueue)))
        {
            var later = await next.RecordAsync("session-0", Click(99));

            // A flush covers what the earlier recorder left, too.
            await next.FlushAsync().WaitAsync(Limit);
            Assert.Equal(31, up.AcceptedEventIds.Count);
            await Eventually.TrueAsync(() => spool.Count == 0, Limit);
            // Each sent once; none of the earlier recorder's in a request after the one carrying the new event (it
            // may share that request with some of them: a batch takes what was fed, in order).
            var requests = up.Accepted.OfType<PutEventsRequest>().Select(request => request.EventList.Select(@event => @event.EventId!).ToList()).ToList();
            var sent = requests.SelectMany(ids => ids).ToList();
            Assert.Equal(first.Append(later).Order(), sent.Order());
            var laterRequest = requests.FindIndex(ids => ids.Contains(later));
            Assert.All(requests.Skip(laterRequest + 1), ids => Assert.Empty(ids.Intersect(first)));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_refusal_for_what_records_hold_hands_them_to_OnFailure_and_out_of_the_spool()
    {
        using var directory = new TempDirectory();
        var failures = new ConcurrentQueue<PutEventsFailure>();
        var sender = new TestSender { Refusal = () => new PersonalizeEventsInvalidInputException("no such field") };
        var spool = Open(directory);
        await using (var recorder = new EventRecorder<Click>(sender, Options(spool, failures.Enqueue)))
        {
            var id = await recorder.RecordAsync("session", Click(1));
            await Eventually.TrueAsync(() => !failures.IsEmpty && spool.Count == 0, Limit);
            Assert.Equal(id, Assert.Single(Assert.Single(failures).Request.EventList).EventId);
        }
    }

    [Fact]
    public async Task A_failure_that_may_pass_later_keeps_the_records_and_sends_them_again_while_running()
    {
        using var directory = new TempDirectory();
        var failures = new ConcurrentQueue<PutEventsFailure>();
        var sender = new TestSender { Refusal = () => new PersonalizeEventsThrottlingException("slow down", "ThrottlingException", 429) };
        var spool = Open(directory);
        await using var recorder = new EventRecorder<Click>(sender, Options(spool, failures.Enqueue));
        var id = await recorder.RecordAsync("session", Click(1));

        // Past its two attempts and then some: kept, not failed.
        await Eventually.TrueAsync(() => sender.Attempts >= 4, Limit);
        Assert.Equal(1, spool.Count);
        sender.Refusal = null;
        await Eventually.TrueAsync(() => spool.Count == 0, Limit);
        Assert.Equal(id, Assert.Single(sender.AcceptedEventIds));
        Assert.Empty(failures);
    }

    [Fact]
    public async Task An_item_recorded_again_replaces_the_stored_value_and_only_the_latest_is_sent()
    {
        using var directory = new TempDirectory();
        var sender = new TestSender(held: true);
        var spool = Open(directory);
        await using (var recorder = new ItemRecorder<Product>(sender, new DatasetRecorderOptions { DatasetArn = ItemsArn, Spool = spool, FlushInterval = TimeSpan.FromMinutes(1) }))
        {
            await recorder.RecordAsync(new Product { ItemId = "p1", Genre = "Drama", Version = 1 });
            await recorder.RecordAsync(new Product { ItemId = "p1", Genre = "Drama", Version = 2 });
            await recorder.RecordAsync(new Product { ItemId = "p2", Genre = "Comedy", Version = 1 });
            await Eventually.TrueAsync(() => spool.Count == 2, Limit);
            sender.Release(10);
            await recorder.FlushAsync();
            await Eventually.TrueAsync(() => spool.Count == 0, Limit);
        }

        var items = Assert.Single(sender.Accepted.OfType<PutItemsRequest>()).Items;
        Assert.Equal(new[] { "p1", "p2" }, items.Select(item => item.ItemId));
        Assert.Contains("\"version\":\"2\"", items[0].Properties, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_service_fails_flush_returns_once_each_record_was_tried_and_dispose_leaves_them_in_the_spool()
    {
        using var directory = new TempDirectory();
        var failures = new ConcurrentQueue<PutEventsFailure>();
        var sender = new TestSender { Refusal = () => new PersonalizeEventsNetworkException("no route", isTimeout: false, mayHaveBeenStored: false, innerException: null) };
        var spool = Open(directory);
        var recorder = new EventRecorder<Click>(sender, Options(spool, failures.Enqueue));
        await recorder.RecordAsync("session", Click(1));
        await recorder.FlushAsync().WaitAsync(Limit);
        Assert.True(sender.Attempts >= 2, "flushed before its attempts were made");
        Assert.Equal(1, spool.Count);

        await recorder.DisposeAsync().AsTask().WaitAsync(Limit);
        Assert.Empty(failures);
        await using var reopened = Open(directory);
        Assert.Equal(1, reopened.Count);
    }

    [Fact]
    public async Task A_kept_item_whose_later_value_was_sent_meanwhile_is_removed_not_sent_after_it()
    {
        using var directory = new TempDirectory();
        var sender = new TestSender { Refusal = () => new PersonalizeEventsThrottlingException("slow down", "ThrottlingException", 429) };
        var spool = Open(directory);
        await using (var recorder = new ItemRecorder<Product>(sender, new DatasetRecorderOptions
        {
            DatasetArn = ItemsArn,
            Spool = spool,
            FlushInterval = TimeSpan.FromMilliseconds(20),
            MaxAttempts = 1,
            RetryBaseDelay = TimeSpan.Zero,
            RetryMaxDelay = TimeSpan.FromSeconds(2),
        }))
        {
            await recorder.RecordAsync(new Product { ItemId = "p1", Genre = "Drama", Version = 1 });

            // Version 1 failed once and waits two seconds for another try; version 2 goes meanwhile.
            await recorder.FlushAsync().WaitAsync(Limit);
            Assert.Equal(1, sender.Attempts);
            sender.Refusal = null;
            await recorder.RecordAsync(new Product { ItemId = "p1", Genre = "Drama", Version = 2 });
            await recorder.FlushAsync().WaitAsync(Limit);
            await Eventually.TrueAsync(() => spool.Count == 0, Limit);
            await Task.Delay(TimeSpan.FromSeconds(2.5));
        }

        var sent = sender.Accepted.OfType<PutItemsRequest>().SelectMany(request => request.Items).ToList();
        Assert.Equal("p1", Assert.Single(sent).ItemId);
        Assert.Contains("\"version\":\"2\"", sent[0].Properties, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_spool_serves_one_recorder()
    {
        using var directory = new TempDirectory();
        var spool = Open(directory);
        await using var recorder = new EventRecorder<Click>(new TestSender(), Options(spool));
        var second = Assert.Throws<ArgumentException>(() => new EventRecorder<Click>(new TestSender(), Options(spool)));
        Assert.Contains("EventRecorderOptions.Spool: the spool at " + directory.Path + " already serves another recorder", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_refused_leave_the_spool_free_for_a_recorder_with_good_ones()
    {
        using var directory = new TempDirectory();
        var spool = Open(directory);
        var bad = Options(spool);
        bad.Capacity = 0;
        Assert.Contains("Capacity must be at least 1", Assert.Throws<ArgumentException>(() => new EventRecorder<Click>(new TestSender(), bad)).Message, StringComparison.Ordinal);
        await using var recorder = new EventRecorder<Click>(new TestSender(), Options(spool));
    }

    [Fact]
    public async Task Flush_waits_for_what_was_recorded_to_be_accepted()
    {
        using var directory = new TempDirectory();
        var sender = new TestSender();
        var options = Options(Open(directory));
        options.FlushInterval = TimeSpan.FromMinutes(1);
        await using var recorder = new EventRecorder<Click>(sender, options);
        var ids = new[] { await recorder.RecordAsync("s", Click(1)), await recorder.RecordAsync("s", Click(2)) };
        await recorder.FlushAsync().WaitAsync(Limit);
        Assert.Equal(ids, sender.AcceptedEventIds);
    }

    [Fact]
    public async Task A_read_of_the_spool_that_fails_is_logged_and_tried_again_and_the_records_are_sent()
    {
        using var directory = new TempDirectory();
        var spool = new FailingReadsSpool(Open(directory), failures: 2);
        var sender = new TestSender();
        var logger = new CapturingLogger();
        var options = Options(spool);
        options.Logger = logger;
        await using var recorder = new EventRecorder<Click>(sender, options);
        var ids = new[] { await recorder.RecordAsync("s", Click(1)), await recorder.RecordAsync("s", Click(2)) };

        await recorder.FlushAsync().WaitAsync(Limit);
        Assert.Equal(ids, sender.AcceptedEventIds);
        Assert.Equal(2, spool.FailedReads);
        var errors = logger.Entries.Where(entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Error).Select(entry => entry.Text).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, error => Assert.StartsWith("PutEvents: reading the spool at " + directory.Path + " failed; recording continues to it, and reading is tried again in 100 ms. System.IO.IOException: Input/output error (injected)", error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_spool_that_cannot_be_read_still_lets_the_recorder_dispose_and_keeps_what_was_recorded()
    {
        using var directory = new TempDirectory();
        var spool = new FailingReadsSpool(Open(directory), failures: int.MaxValue);
        var sender = new TestSender();
        var recorder = new EventRecorder<Click>(sender, Options(spool));
        await recorder.RecordAsync("s", Click(1));
        await Eventually.TrueAsync(() => spool.FailedReads >= 2, Limit);

        await recorder.DisposeAsync().AsTask().WaitAsync(Limit);
        Assert.Equal(0, sender.Attempts);
        await using var reopened = Open(directory);
        Assert.Equal(1, reopened.Count);
    }
}
