using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace SchemaGen;

/// <summary>
/// The operation-independent part of every recorder: batches records by their operation's key, sends full batches
/// at once and the others every flush interval, several requests at a time under a rate limit, retries what may
/// succeed, and ends every record either accepted or in <c>OnFailure</c>. For an operation whose records replace by
/// id, a record whose id waits in an unsent batch takes its place, and one whose id is in flight waits for that
/// request to end, so the later value always lands last.
/// </summary>
internal sealed class RecordPipeline<TRecord, TKey> : IRecordSink<TRecord>
    where TKey : notnull
{
    private readonly RecordOperation<TRecord, TKey> _operation;
    private readonly int _capacity;
    private readonly EventRecorderFullMode _fullMode;
    private readonly int _maxAttempts;
    private readonly TimeSpan _disposeTimeout;
    private readonly ILogger _logger;
    private readonly bool _hasLogger;
    private readonly ResiliencePipeline _resilience;
    private readonly IDisposable? _rateLimiter;
    private readonly SemaphoreSlim _room;
    private readonly KeyValuePair<string, object?> _operationTag;
    private readonly Channel<Batch> _ready = Channel.CreateUnbounded<Batch>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });
    private readonly CancellationTokenSource _abort = new();
    private readonly CancellationTokenSource _stopTimer = new();
    private readonly object _lock = new();
    private readonly Dictionary<TKey, Batch> _open = new();
    private readonly HashSet<Batch> _outstanding = new();

    // The latest batch, open or not yet ended, holding each id of a replacing operation.
    private readonly Dictionary<string, Batch> _latestById = new(StringComparer.Ordinal);
    private readonly Task[] _workers;
    private readonly Task _flushTimer;
    private bool _closed;
    private int _disposed;

    /// <param name="operation">The operation the records are sent with.</param>
    /// <param name="options">The recorder's options.</param>
    /// <param name="fullMode">What recording does when full, when not the options' (a spool's feeder always waits).</param>
    public RecordPipeline(RecordOperation<TRecord, TKey> operation, RecorderOptions options, EventRecorderFullMode? fullMode = null)
    {
        _operation = operation;
        var optionsName = options.GetType().Name;
        var destination = options.DestinationOption;
        Check(optionsName, !string.IsNullOrEmpty(destination.Value), destination.Name + " is required.");
        Check(optionsName, options.Capacity > 0, "Capacity must be at least 1, not " + Text(options.Capacity) + ".");
        Check(optionsName, options.FlushInterval > TimeSpan.Zero && options.FlushInterval <= LongestWait.Value, "FlushInterval must be positive and at most " + LongestWait.Text + ".");
        Check(optionsName, options.MaxConcurrentRequests > 0, "MaxConcurrentRequests must be at least 1, not " + Text(options.MaxConcurrentRequests) + ".");
        Check(optionsName, options.MaxRequestsPerSecond > 0, "MaxRequestsPerSecond must be at least 1, not " + Text(options.MaxRequestsPerSecond) + ".");
        Check(optionsName, options.MaxAttempts > 0, "MaxAttempts must be at least 1, not " + Text(options.MaxAttempts) + ".");
        Check(optionsName, options.RetryBaseDelay >= TimeSpan.Zero && options.RetryMaxDelay >= options.RetryBaseDelay && options.RetryMaxDelay <= LongestWait.Value, "RetryBaseDelay must not be negative, nor above RetryMaxDelay, which must not be above " + LongestWait.Text + ".");
        Check(optionsName, options.DisposeTimeout >= TimeSpan.Zero && options.DisposeTimeout <= LongestWait.Value, "DisposeTimeout must not be negative, nor above " + LongestWait.Text + ".");

        _capacity = options.Capacity;
        _fullMode = fullMode ?? options.FullMode;
        _maxAttempts = options.MaxAttempts;
        _disposeTimeout = options.DisposeTimeout;
        _hasLogger = options.Logger is not null;
        _logger = options.Logger ?? NullLogger.Instance;
        if (options.ResiliencePipeline is { } own)
        {
            _resilience = own;
        }
        else
        {
            (_resilience, _rateLimiter) = SendingResilience.Create(options, LogRetry);
        }

        _room = new SemaphoreSlim(options.Capacity, options.Capacity);
        _operationTag = new KeyValuePair<string, object?>(EventsTelemetry.OperationTag, operation.Name);

        _workers = new Task[options.MaxConcurrentRequests];
        for (var i = 0; i < _workers.Length; i++)
        {
            _workers[i] = Task.Run(SendReadyBatchesAsync);
        }

        _flushTimer = Task.Run(() => FlushEveryAsync(options.FlushInterval));
    }

    /// <summary>Adds one validated record to its batch, waiting for room (or refusing) when the capacity is reached.</summary>
    public async ValueTask RecordAsync(TRecord record, CancellationToken cancellationToken)
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

        var replaced = false;
        TRecord earlierRecord = default!;
        lock (_lock)
        {
            if (_closed)
            {
                _room.Release();
                throw Disposed();
            }

            var key = _operation.BatchKey(record);
            var id = _operation.ReplaceKey(record);
            Batch? earlier = null;
            if (id is not null && _latestById.TryGetValue(id, out earlier) && earlier.IsOpen)
            {
                // Not sent yet: the later value takes the earlier's place, and its room.
                earlierRecord = earlier.Replace(id, record);
                replaced = true;
            }
            else
            {
                if (!_open.TryGetValue(key, out var batch))
                {
                    batch = new Batch(key);
                    _open.Add(key, batch);
                    _outstanding.Add(batch);
                }

                batch.Add(id, record);
                if (id is not null)
                {
                    // In flight, or held behind another request: this value must not overtake it.
                    if (earlier is not null)
                    {
                        batch.WaitFor(earlier);
                    }

                    _latestById[id] = batch;
                }

                if (batch.Records.Count == PersonalizeLimits.MaxRecordsPerRequest)
                {
                    Dispatch(batch);
                }
            }
        }

        EventsTelemetry.Recorded.Add(1, _operationTag);
        if (replaced)
        {
            _operation.Replaced(earlierRecord);
            _room.Release();
            EventsTelemetry.Replaced.Add(1, _operationTag);
        }
        else
        {
            EventsTelemetry.Queued.Add(1, _operationTag);
        }
    }

    /// <summary>Sends every open batch now and waits until every record recorded before the call is accepted or failed.</summary>
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

        return Waiting.UntilAsync(Task.WhenAll(waiting), cancellationToken);
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
                _logger.LogWarning("{Operation} recorder for {Destination} disposed with {Records} still unsent after {DisposeTimeout}; handing them to OnFailure.", _operation.Name, _operation.DestinationForLogs, _operation.RecordNoun, _disposeTimeout);
            }
        }

        _abort.Cancel();
        _ready.Writer.TryComplete();
        await Task.WhenAll(_workers).ConfigureAwait(false);
        await _flushTimer.ConfigureAwait(false);
        _rateLimiter?.Dispose();
        _abort.Dispose();
        _stopTimer.Dispose();
    }

    private static void Check(string optionsName, bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(optionsName + "." + message, "options");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private ObjectDisposedException Disposed() => new("recorder", "The " + _operation.Name + " recorder is disposed; it records no more " + _operation.RecordNoun + ".");

    private void ThrowIfClosed()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw Disposed();
        }
    }

    // Called under _lock: the batch takes no more records, and goes as soon as nothing it waits for is in flight.
    private void Dispatch(Batch batch)
    {
        _open.Remove(batch.Key);
        batch.IsOpen = false;
        if (batch.WaitingFor == 0)
        {
            _ready.Writer.TryWrite(batch);
        }
    }

    // Called under _lock.
    private void DispatchAllOpen()
    {
        foreach (var batch in _open.Values)
        {
            batch.IsOpen = false;
            if (batch.WaitingFor == 0)
            {
                _ready.Writer.TryWrite(batch);
            }
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

    /// <summary>Sends one batch through the resilience pipeline, each attempt through <see cref="AttemptAsync"/>, and ends it.</summary>
    private async Task SendAsync(Batch batch)
    {
        var request = _operation.CreateRequest(batch.Key, batch.Records);
        var context = ResilienceContextPool.Shared.Get(_abort.Token);
        Exception? failure = null;
        try
        {
            await _resilience.ExecuteAsync(static (context, state) => state.Pipeline.AttemptAsync(state.Batch, state.Request, context.CancellationToken), context, (Pipeline: this, Batch: batch, Request: request)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            failure = DisposalTimeout();
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        Complete(batch, request, failure);
    }

    /// <summary>One attempt, noting on the batch whether it may have reached the service without an answer.</summary>
    private async ValueTask AttemptAsync(Batch batch, PersonalizeEventsRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await SendOnceAsync(request, batch.Records.Count, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // Cut short by disposal while on its way, the attempt may have reached the service.
            batch.OutcomeUnknown = true;
            throw;
        }
        catch (Exception exception)
        {
            batch.OutcomeUnknown |= MayHaveBeenStored(exception);
            throw;
        }
    }

    private void LogRetry(int attempt, Exception exception, TimeSpan delay)
    {
        EventsTelemetry.Retried.Add(1, _operationTag);
        _logger.LogWarning(
            "{Operation} attempt {Attempt} of {MaxAttempts} for {Destination} failed ({ErrorType}); retrying in {Delay} ms.",
            _operation.Name,
            attempt,
            _maxAttempts,
            _operation.DestinationForLogs,
            (exception as PersonalizeEventsException)?.ErrorType ?? exception.GetType().Name,
            (long)delay.TotalMilliseconds);
    }

    /// <summary>Whether a failed attempt may have been stored: no answer came once the request was on its way.</summary>
    private static bool MayHaveBeenStored(Exception exception) => exception is PersonalizeEventsNetworkException { MayHaveBeenStored: true };

    private async Task SendOnceAsync(PersonalizeEventsRequest request, int count, CancellationToken cancellationToken)
    {
        using var activity = EventsTelemetry.ActivitySource.StartActivity(_operation.Name, ActivityKind.Client);
        activity?.SetTag(EventsTelemetry.CountTag, count);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await _operation.SendAsync(request, cancellationToken).ConfigureAwait(false);
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
            EventsTelemetry.RequestDuration.Record((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency, _operationTag);
        }
    }

    private TimeoutException DisposalTimeout() =>
        new("The " + _operation.Name + " recorder was disposed, and its DisposeTimeout of " + _disposeTimeout + " passed before the service accepted these " + _operation.RecordNoun + ".");

    private void Complete(Batch batch, PersonalizeEventsRequest request, Exception? failure)
    {
        var count = batch.Records.Count;
        if (failure is null)
        {
            EventsTelemetry.Sent.Add(count, _operationTag);
            EventsTelemetry.BatchSize.Record(count, _operationTag);
            _operation.Accepted(batch.Records);
        }
        else
        {
            EventsTelemetry.Failed.Add(count, _operationTag);
            try
            {
                if (!_operation.Failed(batch.Records, request, failure, batch.OutcomeUnknown))
                {
                    LogFailure(request, failure, batch.OutcomeUnknown);
                }
            }
            catch (Exception callbackError)
            {
                // A throwing callback must not stop the worker that serves every other batch.
                _logger.LogError(callbackError, "OnFailure threw for {Count} {Records} for {Destination}.", count, _operation.RecordNoun, _operation.DestinationForLogs);
            }
        }

        EventsTelemetry.Queued.Add(-count, _operationTag);
        List<Batch>? released = null;
        lock (_lock)
        {
            _outstanding.Remove(batch);
            foreach (var id in batch.Ids)
            {
                if (_latestById.TryGetValue(id, out var latest) && latest == batch)
                {
                    _latestById.Remove(id);
                }
            }

            foreach (var waiting in batch.Waiters)
            {
                if (--waiting.WaitingFor == 0 && !waiting.IsOpen)
                {
                    (released ??= new List<Batch>()).Add(waiting);
                }
            }
        }

        _room.Release(count);
        batch.Completion.TrySetResult(true);
        if (released is not null)
        {
            foreach (var next in released)
            {
                if (!_ready.Writer.TryWrite(next))
                {
                    // Disposal has stopped the workers: nothing will send it now.
                    Complete(next, _operation.CreateRequest(next.Key, next.Records), DisposalTimeout());
                }
            }
        }
    }

    private void LogFailure(PersonalizeEventsRequest request, Exception failure, bool outcomeUnknown)
    {
        var what = _operation.Describe(request) + " for " + _operation.DestinationForLogs + " were not accepted" + (outcomeUnknown ? " (an attempt may have been stored: sending them again is safe)" : string.Empty);
        if (_hasLogger)
        {
            _logger.LogError(failure, "{Operation}: {Failure}.", _operation.Name, what);
        }
        else
        {
            StandardErrorFailureLog.Write(what + ": " + failure.GetType().Name + ": " + failure.Message);
        }
    }

    /// <summary>Records of one key on their way into one request.</summary>
    private sealed class Batch
    {
        private Dictionary<string, int>? _indexById;
        private List<Batch>? _waiters;

        public Batch(TKey key) => Key = key;

        public TKey Key { get; }

        public List<TRecord> Records { get; } = new(PersonalizeLimits.MaxRecordsPerRequest);

        /// <summary>Still taking records.</summary>
        public bool IsOpen { get; set; } = true;

        /// <summary>Whether an attempt may have been stored although none was answered (set by the one worker sending it).</summary>
        public bool OutcomeUnknown { get; set; }

        /// <summary>How many earlier batches holding one of this batch's ids have not ended yet.</summary>
        public int WaitingFor { get; set; }

        public IEnumerable<string> Ids => (IEnumerable<string>?)_indexById?.Keys ?? Array.Empty<string>();

        public IEnumerable<Batch> Waiters => (IEnumerable<Batch>?)_waiters ?? Array.Empty<Batch>();

        public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(string? id, TRecord record)
        {
            if (id is not null)
            {
                (_indexById ??= new Dictionary<string, int>(StringComparer.Ordinal))[id] = Records.Count;
            }

            Records.Add(record);
        }

        /// <summary>Puts <paramref name="record"/> in the place of the record of <paramref name="id"/>, which it returns.</summary>
        public TRecord Replace(string id, TRecord record)
        {
            var index = _indexById![id];
            var earlier = Records[index];
            Records[index] = record;
            return earlier;
        }

        /// <summary>This batch goes only after <paramref name="earlier"/> has ended (once, however many ids they share).</summary>
        public void WaitFor(Batch earlier)
        {
            var waiters = earlier._waiters ??= new List<Batch>();
            if (!waiters.Contains(this))
            {
                waiters.Add(this);
                WaitingFor++;
            }
        }
    }
}
