using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SchemaGen.Validation;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>Batching, flushing, retrying and failing, through the real client to a loopback server.</summary>
public sealed class EventRecorderTests
{
    private static EventRecorderOptions Options(FailureLog? failures = null, TimeSpan? flushInterval = null) => new()
    {
        TrackingId = TestData.TrackingId,
        FlushInterval = flushInterval ?? TimeSpan.FromHours(1),
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(10),
        OnFailure = failures is null ? null : failures.Add,
    };

    private static ReceivedBody[] Bodies(LoopbackServer server) => server.Requests.Select(request => ReceivedBody.Parse(request.Body)).ToArray();

    [Fact]
    public async Task Full_batches_go_out_at_once_one_session_and_user_each_and_flush_sends_the_rest()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var client = TestData.Client(server);
        await using var recorder = new EventRecorder<MovieRating>(client, Options());

        var ids = new List<(string Session, string User, string Id)>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(("s1", "u1", await recorder.RecordAsync("s1", TestData.Rating("u1", i))));
            ids.Add(("s1", "u2", await recorder.RecordAsync("s1", TestData.Rating("u2", i))));
        }

        await Eventually.True(() => server.Requests.Count == 2, "the two full batches");
        Assert.All(Bodies(server), body => Assert.Equal(10, body.EventIds.Count));

        await recorder.FlushAsync();

        var bodies = Bodies(server);
        Assert.Equal(4, bodies.Length);
        foreach (var body in bodies)
        {
            Assert.Equal(TestData.TrackingId, body.TrackingId);
            Assert.All(body.EventIds, id => Assert.Contains(("s1", body.UserId!, id), ids));
        }

        Assert.Equal(ids.Select(entry => entry.Id).OrderBy(id => id), bodies.SelectMany(body => body.EventIds).OrderBy(id => id));
    }

    [Fact]
    public async Task A_batch_that_is_not_full_goes_out_after_the_flush_interval()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var client = TestData.Client(server);
        await using var recorder = new EventRecorder<MovieRating>(client, Options(flushInterval: TimeSpan.FromMilliseconds(100)));

        var id = await recorder.RecordAsync("s1", TestData.Rating());

        await Eventually.True(() => !server.Requests.IsEmpty, "the flush interval to send the batch");
        Assert.Equal(new[] { id }, Bodies(server).Single().EventIds);
    }

    [Fact]
    public async Task A_retried_request_succeeds_with_the_same_event_ids()
    {
        var answered = 0;
        await using var server = await LoopbackServer.StartAsync((context, _) =>
            Interlocked.Increment(ref answered) <= 2
                ? LoopbackServer.Error(context, 500, "InternalFailure", "try again")
                : Task.CompletedTask);
        using var client = TestData.Client(server);
        var failures = new FailureLog();
        await using var recorder = new EventRecorder<MovieRating>(client, Options(failures));

        var first = await recorder.RecordAsync("s1", TestData.Rating());
        var second = await recorder.RecordAsync("s1", TestData.Rating(numRatings: 14));
        await recorder.FlushAsync();

        Assert.Equal(3, server.Requests.Count);
        Assert.All(Bodies(server), body => Assert.Equal(new[] { first, second }, body.EventIds));
        Assert.Single(server.Requests.Select(request => Convert.ToBase64String(request.Body)).Distinct());
        Assert.Empty(failures.Failures);
    }

    [Fact]
    public async Task Invalid_input_goes_to_OnFailure_once_without_a_retry()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) =>
            LoopbackServer.Error(context, 400, "InvalidInputException", "properties do not match the schema"));
        using var client = TestData.Client(server);
        var failures = new FailureLog();
        await using var recorder = new EventRecorder<MovieRating>(client, Options(failures));

        var id = await recorder.RecordAsync("s1", TestData.Rating());
        await recorder.FlushAsync();

        Assert.Single(server.Requests);
        var failure = Assert.Single(failures.Failures);
        Assert.IsType<PersonalizeEventsInvalidInputException>(failure.Exception);
        Assert.Equal(new[] { id }, failures.EventIds);
        Assert.Equal("s1", failure.Request.SessionId);
        Assert.Equal("user555", failure.Request.UserId);
    }

    [Fact]
    public async Task A_spent_retry_budget_goes_to_OnFailure_with_the_last_error()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => LoopbackServer.Error(context, 429, null, "slow down"));
        using var client = TestData.Client(server);
        var failures = new FailureLog();
        var options = Options(failures);
        options.MaxAttempts = 3;
        await using var recorder = new EventRecorder<MovieRating>(client, options);

        await recorder.RecordAsync("s1", TestData.Rating());
        await recorder.FlushAsync();

        Assert.Equal(3, server.Requests.Count);
        Assert.IsType<PersonalizeEventsThrottlingException>(Assert.Single(failures.Failures).Exception);
    }

    [Fact]
    public async Task Dispose_sends_what_is_waiting()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var client = TestData.Client(server);
        var recorder = new EventRecorder<MovieRating>(client, Options());
        var ids = new[]
        {
            await recorder.RecordAsync("s1", TestData.Rating()),
            await recorder.RecordAsync("s2", TestData.Rating()),
        };

        await recorder.DisposeAsync();

        Assert.Equal(ids.OrderBy(id => id), Bodies(server).SelectMany(body => body.EventIds).OrderBy(id => id));
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await recorder.RecordAsync("s1", TestData.Rating()));
        await recorder.DisposeAsync();
    }

    [Fact]
    public async Task Events_still_unsent_when_the_dispose_timeout_passes_go_to_OnFailure()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        using var client = TestData.Client(server, timeout: TimeSpan.FromSeconds(30));
        var failures = new FailureLog();
        var options = Options(failures);
        options.DisposeTimeout = TimeSpan.FromMilliseconds(300);
        var recorder = new EventRecorder<MovieRating>(client, options);
        var ids = new[] { await recorder.RecordAsync("s1", TestData.Rating()), await recorder.RecordAsync("s2", TestData.Rating()) };

        var disposing = recorder.DisposeAsync().AsTask();
        Assert.Same(disposing, await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromSeconds(20))));
        await disposing;

        Assert.Equal(ids.OrderBy(id => id), failures.EventIds.OrderBy(id => id));
        Assert.All(failures.Failures, failure => Assert.IsType<TimeoutException>(failure.Exception));
    }

    [Fact]
    public async Task An_event_the_service_would_refuse_is_refused_by_RecordAsync_and_never_sent()
    {
        var sender = new GateSender();
        sender.Open();
        await using var recorder = new EventRecorder<MovieRating>(sender, Options());

        var error = await Assert.ThrowsAsync<PutEventsValidationException>(async () => await recorder.RecordAsync(new string('s', 257), TestData.Rating()));
        await recorder.FlushAsync();

        Assert.Contains("sessionId", error.Message, StringComparison.Ordinal);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task A_callers_event_id_and_event_type_are_sent()
    {
        var sender = new GateSender();
        sender.Open();
        await using var recorder = new EventRecorder<PageView>(sender, Options());
        var view = new PageView { UserId = "u1", ItemId = "page-1", Timestamp = 1553631760 };

        var id = await recorder.RecordAsync("s1", view, eventType: "view", eventId: "my-own-id", CancellationToken.None);
        await recorder.FlushAsync();

        Assert.Equal("my-own-id", id);
        var sent = Assert.Single(Assert.Single(sender.Sent).EventList);
        Assert.Equal("my-own-id", sent.EventId);
        Assert.Equal("view", sent.EventType);
        await Assert.ThrowsAsync<ArgumentException>(async () => await recorder.RecordAsync("s1", view));
    }

    [Fact]
    public async Task A_full_recorder_in_throw_mode_refuses_the_event()
    {
        var sender = new GateSender();
        var options = Options();
        options.Capacity = 2;
        options.FullMode = EventRecorderFullMode.Throw;
        await using var recorder = new EventRecorder<MovieRating>(sender, options);
        await recorder.RecordAsync("s1", TestData.Rating());
        await recorder.RecordAsync("s2", TestData.Rating());

        var error = await Assert.ThrowsAsync<EventRecorderFullException>(async () => await recorder.RecordAsync("s3", TestData.Rating()));

        Assert.Equal(2, error.Capacity);
        sender.Open();
        await recorder.FlushAsync();
        Assert.Equal(new[] { "s1", "s2" }, sender.Sent.Select(request => request.SessionId).OrderBy(session => session));
        await recorder.RecordAsync("s3", TestData.Rating());
    }

    [Fact]
    public async Task A_full_recorder_in_wait_mode_waits_for_room_and_the_wait_can_be_cancelled()
    {
        var sender = new GateSender();
        var options = Options();
        options.Capacity = 1;
        await using var recorder = new EventRecorder<MovieRating>(sender, options);
        await recorder.RecordAsync("s1", TestData.Rating());
        var flushing = recorder.FlushAsync();
        await Eventually.True(() => sender.InFlight == 1, "the first event to be in flight");

        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await recorder.RecordAsync("s2", TestData.Rating(), cancel.Token));
        }

        var waiting = recorder.RecordAsync("s3", TestData.Rating()).AsTask();
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        sender.Open();
        await flushing;
        await waiting;
        await recorder.FlushAsync();

        Assert.Equal(new[] { "s1", "s3" }, sender.Sent.Select(request => request.SessionId));
    }

    [Fact]
    public async Task Cancelling_a_flush_stops_the_wait_but_not_the_sending()
    {
        var sender = new GateSender();
        await using var recorder = new EventRecorder<MovieRating>(sender, Options());
        await recorder.RecordAsync("s1", TestData.Rating());

        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => recorder.FlushAsync(cancel.Token));
        }

        sender.Open();
        await recorder.FlushAsync();
        Assert.Single(sender.Sent);
    }

    [Fact]
    public async Task No_more_requests_are_in_flight_than_allowed()
    {
        var sender = new GateSender();
        var options = Options();
        options.MaxConcurrentRequests = 3;
        await using var recorder = new EventRecorder<MovieRating>(sender, options);
        for (var session = 0; session < 10; session++)
        {
            await recorder.RecordAsync("s" + session, TestData.Rating());
        }

        var flushing = recorder.FlushAsync();
        await Eventually.True(() => sender.InFlight == 3, "three requests in flight");
        await Task.Delay(100);
        sender.Open();
        await flushing;

        Assert.Equal(3, sender.MaxInFlight);
        Assert.Equal(10, sender.Sent.Count);
    }

    [Fact]
    public async Task Requests_start_no_faster_than_the_rate_limit()
    {
        var sender = new GateSender();
        sender.Open();
        var options = Options();
        options.MaxRequestsPerSecond = 4;
        await using var recorder = new EventRecorder<MovieRating>(sender, options);
        for (var session = 0; session < 6; session++)
        {
            await recorder.RecordAsync("s" + session, TestData.Rating());
        }

        var clock = Stopwatch.StartNew();
        await recorder.FlushAsync();

        // One request every 250 ms after the first: six take at least 1.25 s however fast the machine is.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.2), "six requests at 4 per second took " + clock.Elapsed);
        Assert.Equal(6, sender.Sent.Count);
    }

    [Fact]
    public async Task A_throwing_OnFailure_does_not_stop_the_recorder()
    {
        await using var server = await LoopbackServer.StartAsync((context, captured) =>
            ReceivedBody.Parse(captured.Body).SessionId == "bad" ? LoopbackServer.Error(context, 400, "InvalidInputException", "no") : Task.CompletedTask);
        using var client = TestData.Client(server);
        var options = Options();
        options.MaxConcurrentRequests = 1;
        options.OnFailure = _ => throw new InvalidOperationException("the callback broke");
        await using var recorder = new EventRecorder<MovieRating>(client, options);

        await recorder.RecordAsync("bad", TestData.Rating());
        await recorder.FlushAsync();
        await recorder.RecordAsync("good", TestData.Rating());
        await recorder.FlushAsync();

        Assert.Equal(new[] { "bad", "good" }, Bodies(server).Select(body => body.SessionId));
    }

    [Theory]
    [InlineData(nameof(EventRecorderOptions.TrackingId))]
    [InlineData(nameof(EventRecorderOptions.Capacity))]
    [InlineData(nameof(EventRecorderOptions.MaxConcurrentRequests))]
    [InlineData(nameof(EventRecorderOptions.MaxAttempts))]
    [InlineData(nameof(EventRecorderOptions.FlushInterval))]
    [InlineData(nameof(EventRecorderOptions.DisposeTimeout))]
    public void Options_out_of_range_are_refused_by_name(string option)
    {
        var options = Options();
        switch (option)
        {
            case nameof(EventRecorderOptions.TrackingId): options.TrackingId = ""; break;
            case nameof(EventRecorderOptions.Capacity): options.Capacity = 0; break;
            case nameof(EventRecorderOptions.MaxConcurrentRequests): options.MaxConcurrentRequests = 0; break;
            case nameof(EventRecorderOptions.FlushInterval): options.FlushInterval = TimeSpan.FromDays(30); break;
            case nameof(EventRecorderOptions.DisposeTimeout): options.DisposeTimeout = TimeSpan.FromDays(30); break;
            default: options.MaxAttempts = 0; break;
        }

        var error = Assert.Throws<ArgumentException>(() => new EventRecorder<MovieRating>(new GateSender(), options));
        Assert.Contains("EventRecorderOptions." + option, error.Message, StringComparison.Ordinal);
    }
}
