using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SchemaGen.Spooling;

/// <summary>
/// A recorder's sink with a spool in front of the in-memory pipeline. <c>RecordAsync</c> returns once the record is
/// durable in the spool; a feeder hands the spool's records to the pipeline in the order they were stored — those an
/// earlier process left first, their requests ended before any record of this one is sent — and a record leaves the
/// spool only when the service has accepted it (or refused it for what it holds). A record that fails otherwise
/// stays and is sent again after <see cref="RecorderOptions.RetryMaxDelay"/>. At most <see cref="RecorderOptions.Capacity"/>
/// records are between the feeder and their removal, which bounds how many a crash can make the service receive twice.
/// </summary>
internal sealed class SpooledRecording<TRecord, TKey> : IRecordSink<TRecord>, ISpoolSettlement<TRecord>
    where TKey : notnull
{
    private const int ReadBatch = 512;

    // One recorder per spool: two feeding from one spool would send each record twice.
    private static readonly ConditionalWeakTable<IRecordSpool, object> Claimed = new();

    private readonly RecordOperation<TRecord, TKey> _operation;
    private readonly RecordCodec<TRecord> _codec;
    private readonly IRecordSpool _spool;
    private readonly RecordPipeline<Spooled<TRecord>, TKey> _pipeline;
    private readonly bool _waitWhenFull;
    private readonly TimeSpan _retryDelay;
    private readonly TimeSpan _disposeTimeout;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _unsettled;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly object _lock = new();
    private readonly List<(long Target, TaskCompletionSource<bool> Fed)> _waitingForFeed = new();
    private readonly HashSet<Task> _background = new();

    // Ids of a replacing operation's records that are kept for another try, with their sequence: a later value of
    // the id fed meanwhile makes the kept one stale, so it is removed instead of sent after the later one.
    private readonly Dictionary<string, long> _keptIds = new(StringComparer.Ordinal);
    private readonly Task _feeder;
    private long _lastAppended;
    private long _fedUpTo;
    private int _closed;

    public SpooledRecording(RecordOperation<TRecord, TKey> operation, RecordCodec<TRecord> codec, IRecordSpool spool, RecorderOptions options)
    {
        lock (Claimed)
        {
            if (Claimed.TryGetValue(spool, out _))
            {
                throw new ArgumentException(options.GetType().Name + ".Spool: the spool at " + spool.Location + " already serves another recorder; give each recorder a spool of its own.", nameof(options));
            }

            Claimed.Add(spool, new object());
        }

        _operation = operation;
        _codec = codec;
        _spool = spool;
        try
        {
            _pipeline = new RecordPipeline<Spooled<TRecord>, TKey>(new SpooledOperation<TRecord, TKey>(operation, this), options, EventRecorderFullMode.Wait);
        }
        catch
        {
            // Options refused: no recorder took the spool, so it stays its opener's to use or dispose.
            lock (Claimed)
            {
                Claimed.Remove(spool);
            }

            throw;
        }

        _waitWhenFull = options.FullMode == EventRecorderFullMode.Wait;
        _retryDelay = options.RetryMaxDelay;
        _disposeTimeout = options.DisposeTimeout;
        _logger = options.Logger ?? NullLogger.Instance;
        _unsettled = new SemaphoreSlim(options.Capacity, options.Capacity);
        _feeder = Task.Run(FeedAsync);
    }

    public async ValueTask RecordAsync(TRecord record, CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        var sequence = await _spool.AppendAsync(_codec.Encode(record), _waitWhenFull, cancellationToken).ConfigureAwait(false);
        long seen;
        while ((seen = Volatile.Read(ref _lastAppended)) < sequence && Interlocked.CompareExchange(ref _lastAppended, sequence, seen) != seen)
        {
        }

        _wake.Writer.TryWrite(true);
    }

    // What a flush waits for: the records recorded so far, and those an earlier recorder left.
    private long LastStored => Math.Max(Volatile.Read(ref _lastAppended), _spool.LastSequenceAtOpen);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await WaitUntilFedAsync(LastStored, cancellationToken).ConfigureAwait(false);
        await _pipeline.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(_disposeTimeout))
        {
            try
            {
                await WaitUntilFedAsync(LastStored, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                // What was not fed stays in the spool for the next recorder on it.
            }
        }

        _stop.Cancel();
        await _feeder.ConfigureAwait(false);

        // Flushes what was fed; what is not accepted within DisposeTimeout is kept, not handed to OnFailure.
        await _pipeline.DisposeAsync().ConfigureAwait(false);
        while (true)
        {
            Task[] background;
            lock (_lock)
            {
                background = new Task[_background.Count];
                _background.CopyTo(background);
            }

            if (background.Length == 0)
            {
                break;
            }

            await Task.WhenAll(background).ConfigureAwait(false);
        }

        await _spool.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    void ISpoolSettlement<TRecord>.Remove(IReadOnlyList<Spooled<TRecord>> records)
    {
        var sequences = new long[records.Count];
        for (var i = 0; i < sequences.Length; i++)
        {
            sequences[i] = records[i].Sequence;
        }

        Track(RemoveAsync(sequences));
    }

    void ISpoolSettlement<TRecord>.Keep(IReadOnlyList<Spooled<TRecord>> records, Exception exception)
    {
        var closing = Volatile.Read(ref _closed) != 0;
        _logger.LogWarning(
            "{Operation}: {Count} {Records} for {Destination} were not accepted ({ErrorType}); they stay in the spool at {Spool} and are sent again {When}.",
            _operation.Name,
            records.Count,
            _operation.RecordNoun,
            _operation.DestinationForLogs,
            (exception as PersonalizeEventsException)?.ErrorType ?? exception.GetType().Name,
            _spool.Location,
            closing ? "by the next recorder on the spool" : "in " + (long)_retryDelay.TotalMilliseconds + " ms");
        if (closing)
        {
            _unsettled.Release(records.Count);
            return;
        }

        var copy = new Spooled<TRecord>[records.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = records[i];
            if (_operation.ReplaceKey(copy[i].Record) is { } id)
            {
                lock (_keptIds)
                {
                    _keptIds[id] = copy[i].Sequence;
                }
            }
        }

        Track(SendAgainLaterAsync(copy));
    }

    private async Task SendAgainLaterAsync(Spooled<TRecord>[] records)
    {
        var next = 0;
        try
        {
            await Task.Delay(_retryDelay, _stop.Token).ConfigureAwait(false);
            for (; next < records.Length; next++)
            {
                var record = records[next];
                if (IsStale(record))
                {
                    // A later value of its id was fed meanwhile: sending this one now would undo it.
                    Track(RemoveAsync(new[] { record.Sequence }));
                    continue;
                }

                await _pipeline.RecordAsync(record, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            // Closing: the rest stay in the spool for the next recorder on it.
            _unsettled.Release(records.Length - next);
        }
    }

    private bool IsStale(Spooled<TRecord> record)
    {
        if (_operation.ReplaceKey(record.Record) is not { } id)
        {
            return false;
        }

        lock (_keptIds)
        {
            if (_keptIds.TryGetValue(id, out var kept) && kept == record.Sequence)
            {
                _keptIds.Remove(id);
                return false;
            }

            return true;
        }
    }

    private async Task RemoveAsync(long[] sequences)
    {
        try
        {
            await _spool.RemoveAsync(sequences, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The records stay in the spool and are sent again by the next recorder on it: at least once, never lost.
            _logger.LogError(exception, "{Operation}: could not remove {Count} sent {Records} from the spool at {Spool}; they will be sent again when it is next opened.", _operation.Name, sequences.Length, _operation.RecordNoun, _spool.Location);
        }
        finally
        {
            _unsettled.Release(sequences.Length);
        }
    }

    private void Track(Task task)
    {
        lock (_lock)
        {
            _background.Add(task);
        }

        task.ContinueWith(
            static (done, state) =>
            {
                var self = (SpooledRecording<TRecord, TKey>)state!;
                lock (self._lock)
                {
                    self._background.Remove(done);
                }
            },
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task FeedAsync()
    {
        long after = 0;
        var leftBefore = _spool.LastSequenceAtOpen;
        try
        {
            while (true)
            {
                var rows = await ReadAsync(after).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    after = row.Sequence;
                    if (!_codec.TryDecode(row.Payload.Span, out var record, out var problem))
                    {
                        EventsTelemetry.SpoolUndecodable.Add(1, new KeyValuePair<string, object?>(EventsTelemetry.OperationTag, _operation.Name));
                        _logger.LogError("{Operation}: record {Sequence} of the spool at {Spool} is not one of this recorder's {Records} ({Problem}); it is left in the spool and not sent.", _operation.Name, row.Sequence, _spool.Location, _codec.Noun, problem);
                        continue;
                    }

                    if (leftBefore > 0 && row.Sequence > leftBefore)
                    {
                        // What an earlier recorder left goes before anything recorded since: its requests end first.
                        leftBefore = 0;
                        await Waiting.UntilAsync(_pipeline.FlushAsync(_stop.Token), _stop.Token).ConfigureAwait(false);
                    }

                    await _unsettled.WaitAsync(_stop.Token).ConfigureAwait(false);
                    NoteFed(record);
                    await _pipeline.RecordAsync(new Spooled<TRecord>(row.Sequence, record), _stop.Token).ConfigureAwait(false);
                }

                Fed(after);
                if (rows.Count == 0)
                {
                    await _wake.Reader.ReadAsync(_stop.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposal: what was not fed stays in the spool.
        }
        catch (Exception exception)
        {
            // Not a read (those are tried again): logged, not thrown into nowhere; what the spool holds is sent by the next recorder.
            _logger.LogError(exception, "{Operation}: feeding the spool's records from {Spool} failed; recording continues to it, and what it holds is sent when it is next opened.", _operation.Name, _spool.Location);
            FailWaiters(exception);
        }
        finally
        {
            FailWaiters(null);
        }
    }

    // A read that fails (an I/O error) is tried again after RetryMaxDelay for as long as the recorder runs: recording
    // goes on to disk meanwhile, and flushes wait for the records rather than fail while the disk may recover.
    private async Task<IReadOnlyList<SpooledRecord>> ReadAsync(long after)
    {
        while (true)
        {
            try
            {
                return await _spool.ReadAsync(after, ReadBatch, _stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (!_stop.IsCancellationRequested)
            {
                _logger.LogError(exception, "{Operation}: reading the spool at {Spool} failed; recording continues to it, and reading is tried again in {Delay} ms.", _operation.Name, _spool.Location, (long)_retryDelay.TotalMilliseconds);
            }

            await Task.Delay(_retryDelay, _stop.Token).ConfigureAwait(false);
        }
    }

    // A record of a kept id fed again makes the kept value stale.
    private void NoteFed(TRecord record)
    {
        if (_operation.ReplaceKey(record) is { } id)
        {
            lock (_keptIds)
            {
                _keptIds.Remove(id);
            }
        }
    }

    private void Fed(long upTo)
    {
        List<TaskCompletionSource<bool>>? done = null;
        lock (_lock)
        {
            Volatile.Write(ref _fedUpTo, upTo);
            for (var i = _waitingForFeed.Count - 1; i >= 0; i--)
            {
                if (_waitingForFeed[i].Target <= upTo)
                {
                    (done ??= new List<TaskCompletionSource<bool>>()).Add(_waitingForFeed[i].Fed);
                    _waitingForFeed.RemoveAt(i);
                }
            }
        }

        if (done is not null)
        {
            foreach (var waiter in done)
            {
                waiter.TrySetResult(true);
            }
        }
    }

    // The feeder has stopped: flushes waiting for it end, failing with why it stopped, if it failed.
    private void FailWaiters(Exception? why)
    {
        lock (_lock)
        {
            foreach (var (_, fed) in _waitingForFeed)
            {
                if (why is null)
                {
                    fed.TrySetResult(true);
                }
                else
                {
                    fed.TrySetException(new InvalidOperationException("The records of the spool at " + _spool.Location + " could not be fed to the recorder: " + why.Message, why));
                }
            }

            _waitingForFeed.Clear();
        }
    }

    private Task WaitUntilFedAsync(long target, CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool> fed;
        lock (_lock)
        {
            if (Volatile.Read(ref _fedUpTo) >= target || _feeder is { IsCompleted: true })
            {
                return Task.CompletedTask;
            }

            fed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waitingForFeed.Add((target, fed));
        }

        _wake.Writer.TryWrite(true);
        return Waiting.UntilAsync(fed.Task, cancellationToken);
    }

    private void ThrowIfClosed()
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            throw new ObjectDisposedException("recorder", "The " + _operation.Name + " recorder is disposed; it records no more " + _operation.RecordNoun + ".");
        }
    }
}
