using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SchemaGen;

/// <summary>
/// The schema-independent part of <see cref="EventRecorder{T}"/>: batches events by (session, user), sends full
/// batches at once and the others every flush interval, several requests at a time under a rate limit, retries what
/// may succeed, and ends every event either accepted or in <c>OnFailure</c>.
/// </summary>
internal sealed class EventPipeline : IAsyncDisposable
{
    private readonly IPutEventsSender _sender;
    private readonly string _trackingId;
    private readonly string _maskedTrackingId;
    private readonly int _capacity;
    private readonly EventRecorderFullMode _fullMode;
    private readonly int _maxAttempts;
    private readonly TimeSpan _disposeTimeout;
    private readonly Action<PutEventsFailure> _onFailure;
    private readonly ILogger _logger;
    private readonly RetryBackoff _backoff;
    private readonly RequestRateLimit _rateLimit;
    private readonly SemaphoreSlim _room;
    private readonly Channel<Batch> _ready = Channel.CreateUnbounded<Batch>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });
    private readonly CancellationTokenSource _abort = new();
    private readonly CancellationTokenSource _stopTimer = new();
    private readonly object _lock = new();
    private readonly Dictionary<(string SessionId, string? UserId), Batch> _open = new();
    private readonly HashSet<Batch> _outstanding = new();
    private readonly Task[] _workers;
    private readonly Task _flushTimer;
    private bool _closed;
    private int _disposed;

    public EventPipeline(IPutEventsSender sender, EventRecorderOptions options)
    {
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        Check(!string.IsNullOrEmpty(options.TrackingId), "TrackingId is required: the event tracker's tracking id from CreateEventTracker.");
        Check(options.Capacity > 0, "Capacity must be at least 1, not " + Text(options.Capacity) + ".");
        Check(options.FlushInterval > TimeSpan.Zero && options.FlushInterval <= LongestWait.Value, "FlushInterval must be positive and at most " + LongestWait.Text + ".");
        Check(options.MaxConcurrentRequests > 0, "MaxConcurrentRequests must be at least 1, not " + Text(options.MaxConcurrentRequests) + ".");
        Check(options.MaxRequestsPerSecond > 0, "MaxRequestsPerSecond must be at least 1, not " + Text(options.MaxRequestsPerSecond) + ".");
        Check(options.MaxAttempts > 0, "MaxAttempts must be at least 1, not " + Text(options.MaxAttempts) + ".");
        Check(options.RetryBaseDelay >= TimeSpan.Zero && options.RetryMaxDelay >= options.RetryBaseDelay && options.RetryMaxDelay <= LongestWait.Value, "RetryBaseDelay must not be negative, nor above RetryMaxDelay, which must not be above " + LongestWait.Text + ".");
        Check(options.DisposeTimeout >= TimeSpan.Zero && options.DisposeTimeout <= LongestWait.Value, "DisposeTimeout must not be negative, nor above " + LongestWait.Text + ".");

        _trackingId = options.TrackingId;
        _maskedTrackingId = TrackingIdMask.Mask(options.TrackingId);
        _capacity = options.Capacity;
        _fullMode = options.FullMode;
        _maxAttempts = options.MaxAttempts;
        _disposeTimeout = options.DisposeTimeout;
        _logger = options.Logger ?? NullLogger.Instance;
        _onFailure = options.OnFailure ?? (options.Logger is null ? WriteFailureToStandardError : LogFailure);
        _backoff = new RetryBackoff(options.RetryBaseDelay, options.RetryMaxDelay);
        _rateLimit = new RequestRateLimit(options.MaxRequestsPerSecond, options.MaxConcurrentRequests);
        _room = new SemaphoreSlim(options.Capacity, options.Capacity);

        _workers = new Task[options.MaxConcurrentRequests];
        for (var i = 0; i < _workers.Length; i++)
        {
            _workers[i] = Task.Run(SendReadyBatchesAsync);
        }

        _flushTimer = Task.Run(() => FlushEveryAsync(options.FlushInterval));
    }

    public string TrackingId => _trackingId;

    /// <summary>Adds one validated event to its batch, waiting for room (or refusing) when the capacity is reached.</summary>
    public async ValueTask RecordAsync(string sessionId, string? userId, InteractionEvent @event, CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        if (_fullMode == EventRecorderFullMode.Throw)
        {
            if (!_room.Wait(0))
            {
                throw new EventRecorderFullException(_capacity);
            }
        }
        else
        {
            await _room.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        lock (_lock)
        {
            if (_closed)
            {
                _room.Release();
                throw Disposed();
            }

            var key = (sessionId, userId);
            if (!_open.TryGetValue(key, out var batch))
            {
                batch = new Batch(sessionId, userId);
                _open.Add(key, batch);
                _outstanding.Add(batch);
            }

            batch.Events.Add(@event);
            if (batch.Events.Count == PersonalizeLimits.MaxEventsPerRequest)
            {
                Dispatch(key, batch);
            }
        }

        EventsTelemetry.Recorded.Add(1);
        EventsTelemetry.Queued.Add(1);
    }

    /// <summary>Sends every open batch now and waits until every event recorded before the call is accepted or failed.</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        Task[] waiting;
        lock (_lock)
        {
            DispatchAllOpen();
            waiting = new Task[_outstanding.Count];
            var i = 0;
            foreach (var batch in _outstanding)
            {
                waiting[i++] = batch.Completion.Task;
            }
        }

        return WaitAsync(Task.WhenAll(waiting), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        lock (_lock)
        {
            _closed = true;
        }

        _stopTimer.Cancel();
        using (var timeout = new CancellationTokenSource(_disposeTimeout))
        {
            try
            {
                await FlushAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                // What is still waiting goes to OnFailure: aborting ends every send and backoff at once.
                _logger.LogWarning("Event recorder for tracking id {TrackingId} disposed with events still unsent after {DisposeTimeout}; handing them to OnFailure.", _maskedTrackingId, _disposeTimeout);
            }
        }

        _abort.Cancel();
        _ready.Writer.TryComplete();
        await Task.WhenAll(_workers).ConfigureAwait(false);
        await _flushTimer.ConfigureAwait(false);
        _rateLimit.Dispose();
        _abort.Dispose();
        _stopTimer.Dispose();
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException("EventRecorderOptions." + message, "options");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task WaitAsync(Task task, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || task.IsCompleted)
        {
            await task.ConfigureAwait(false);
            return;
        }

        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
        {
            if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }

        await task.ConfigureAwait(false);
    }

    private ObjectDisposedException Disposed() => new(nameof(EventRecorder<IInteractionsSchema>), "The event recorder is disposed; it records no more events.");

    private void ThrowIfClosed()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw Disposed();
        }
    }

    // Called under _lock.
    private void Dispatch((string SessionId, string? UserId) key, Batch batch)
    {
        _open.Remove(key);
        _ready.Writer.TryWrite(batch);
    }

    // Called under _lock.
    private void DispatchAllOpen()
    {
        foreach (var batch in _open.Values)
        {
            _ready.Writer.TryWrite(batch);
        }

        _open.Clear();
    }

    private async Task FlushEveryAsync(TimeSpan interval)
    {
        try
        {
            while (true)
            {
                await Task.Delay(interval, _stopTimer.Token).ConfigureAwait(false);
                lock (_lock)
                {
                    DispatchAllOpen();
                }
            }
        }
        catch (OperationCanceledException) when (_stopTimer.IsCancellationRequested)
        {
            // Disposal sends what is left itself.
        }
    }

    private async Task SendReadyBatchesAsync()
    {
        var reader = _ready.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var batch))
            {
                await SendAsync(batch).ConfigureAwait(false);
            }
        }
    }

    private async Task SendAsync(Batch batch)
    {
        var request = new PutEventsRequest(_trackingId, batch.SessionId, batch.Events) { UserId = batch.UserId };
        for (var attempt = 1; ; attempt++)
        {
            Exception? failure;
            try
            {
                await _rateLimit.WaitAsync(_abort.Token).ConfigureAwait(false);
                await SendOnceAsync(request).ConfigureAwait(false);
                Complete(batch, request, null);
                return;
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                failure = DisposalTimeout();
            }
            catch (PersonalizeEventsException exception) when (exception.IsRetryable && attempt < _maxAttempts)
            {
                EventsTelemetry.Retried.Add(1);
                var delay = _backoff.Before(attempt);
                _logger.LogWarning(
                    "PutEvents attempt {Attempt} of {MaxAttempts} for tracking id {TrackingId} failed ({ErrorType}); retrying in {Delay} ms.",
                    attempt,
                    _maxAttempts,
                    _maskedTrackingId,
                    exception.ErrorType ?? exception.GetType().Name,
                    (long)delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, _abort.Token).ConfigureAwait(false);
                    continue;
                }
                catch (OperationCanceledException)
                {
                    failure = DisposalTimeout();
                }
            }
            catch (Exception exception)
            {
                failure = exception;
            }

            Complete(batch, request, failure);
            return;
        }
    }

    private async Task SendOnceAsync(PutEventsRequest request)
    {
        using var activity = EventsTelemetry.ActivitySource.StartActivity("PutEvents", ActivityKind.Client);
        activity?.SetTag("schemagen.events.count", request.EventList.Count);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await _sender.PutEventsAsync(request, _abort.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            if (exception is PersonalizeEventsException { StatusCode: { } status })
            {
                activity?.SetTag("http.response.status_code", status);
            }

            throw;
        }
        finally
        {
            EventsTelemetry.RequestDuration.Record((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency);
        }
    }

    private TimeoutException DisposalTimeout() =>
        new("The event recorder was disposed, and its DisposeTimeout of " + _disposeTimeout + " passed before the service accepted these events.");

    private void Complete(Batch batch, PutEventsRequest request, Exception? failure)
    {
        var count = batch.Events.Count;
        if (failure is null)
        {
            EventsTelemetry.Sent.Add(count);
            EventsTelemetry.BatchSize.Record(count);
        }
        else
        {
            EventsTelemetry.Failed.Add(count);
            try
            {
                _onFailure(new PutEventsFailure(request, failure));
            }
            catch (Exception callbackError)
            {
                // A throwing callback must not stop the worker that serves every other batch.
                _logger.LogError(callbackError, "OnFailure threw for {Count} events of tracking id {TrackingId}.", count, _maskedTrackingId);
            }
        }

        EventsTelemetry.Queued.Add(-count);
        lock (_lock)
        {
            _outstanding.Remove(batch);
        }

        _room.Release(count);
        batch.Completion.TrySetResult(true);
    }

    private void LogFailure(PutEventsFailure failure) =>
        _logger.LogError(
            failure.Exception,
            "{Count} events of session {SessionId} for tracking id {TrackingId} were not accepted; first event id {EventId}.",
            failure.Request.EventList.Count,
            failure.Request.SessionId,
            _maskedTrackingId,
            failure.Request.EventList[0].EventId);

    private void WriteFailureToStandardError(PutEventsFailure failure) =>
        StandardErrorFailureLog.Write(
            failure.Request.EventList.Count.ToString(CultureInfo.InvariantCulture) + " events of session " + failure.Request.SessionId
            + " for tracking id " + _maskedTrackingId + " were not accepted (first event id " + failure.Request.EventList[0].EventId + "): "
            + failure.Exception.GetType().Name + ": " + failure.Exception.Message);

    private sealed class Batch
    {
        public Batch(string sessionId, string? userId)
        {
            SessionId = sessionId;
            UserId = userId;
        }

        public string SessionId { get; }

        public string? UserId { get; }

        public List<InteractionEvent> Events { get; } = new(PersonalizeLimits.MaxEventsPerRequest);

        public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
