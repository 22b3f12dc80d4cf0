using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SchemaGen.Storage;

namespace SchemaGen;

/// <summary>
/// A recorder's spool on disk: SQLite in WAL mode with <c>synchronous=FULL</c>, so a record is on disk before its
/// <c>RecordAsync</c> returns, and records stored at the same moment share one commit (group commit), so durability
/// costs one sync per commit, not per record. Set it as the recorder's <see cref="RecorderOptions.Spool"/>; the
/// recorder owns it. Opening takes the directory for this spool alone, detects damaged files, keeps what they still
/// hold and counts (logs, and reports in the <c>SchemaGen.Spool</c> meter) what they lost.
/// </summary>
public sealed class DurableSpool : IRecordSpool
{
    /// <summary>What a row costs beyond its record's bytes, in <see cref="DurableSpoolOptions.MaxSpoolBytes"/>.</summary>
    public const int RowOverheadBytes = 64;

    private const int MostWorkPerCommit = 4_096;
    private const int MostCachedRecords = 8_192;

    private readonly SpoolFiles _files;
    private readonly FileStream _lock;
    private readonly SpoolMark _mark;
    private readonly SqliteConnection _writer;
    private readonly SqliteConnection _reader;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _lowest;
    private readonly SqliteCommand _select;
    private readonly ILogger _logger;
    private readonly long _maxBytes;
    private readonly Channel<Work> _work = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _committer;
    private readonly object _room = new();
    private readonly object _cacheLock = new();
    private readonly Queue<SpooledRecord> _cache = new();
    private TaskCompletionSource<bool> _roomFreed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _storedBytes;
    private long _reservedBytes;
    private long _held;
    private long _highest;
    private bool _cacheActive;
    private long _committedUpTo;
    private long _lost;
    private int _disposed;

    private DurableSpool(SpoolFiles files, FileStream lockFile, DurableSpoolOptions options)
    {
        _files = files;
        _lock = lockFile;
        _logger = options.Logger ?? NullLogger.Instance;
        _maxBytes = options.MaxSpoolBytes;
        _mark = SpoolMark.Open(files.Mark);
        var mark = _mark.Read();
        try
        {
            _writer = SpoolRecovery.Open(files, mark, _logger, out var salvaged, out var damagedRows);
            CountLosses(mark, salvaged, damagedRows);
        }
        catch
        {
            // The directory could not be read at all (permissions, a disk gone): nothing stays open behind the error.
            _writer?.Dispose();
            _mark.Dispose();
            throw;
        }

        _storedBytes = SpoolDatabase.Scalar(_writer, "SELECT COALESCE(SUM(length(payload)), 0) FROM records") + (RowOverheadBytes * _held);
        _highest = Math.Max(mark?.Highest ?? 0, SpoolDatabase.Scalar(_writer, "SELECT COALESCE(MAX(seq), 0) FROM records"));
        _committedUpTo = _highest;
        LastSequenceAtOpen = _held > 0 ? SpoolDatabase.Scalar(_writer, "SELECT MAX(seq) FROM records") : 0;
        _insert = Prepare(_writer, "INSERT INTO records (seq, checksum, payload) VALUES ($seq, $checksum, $payload)", "$seq", "$checksum", "$payload");
        _delete = Prepare(_writer, "DELETE FROM records WHERE seq = $seq RETURNING length(payload)", "$seq");
        _lowest = Prepare(_writer, "SELECT MIN(seq) FROM records");
        WriteMark();

        _reader = SpoolDatabase.Connect(files.Database);
        _select = Prepare(_reader, SpoolDatabase.SelectAfter, "$after", "$max");
        _committer = Task.Run(CommitLoopAsync);
    }

    /// <inheritdoc/>
    public string Location => _files.Directory;

    /// <inheritdoc/>
    public long LastSequenceAtOpen { get; }

    /// <summary>How many records the spool holds: recorded and not yet removed.</summary>
    public long Count => Interlocked.Read(ref _held);

    /// <summary>What the records held count for against <see cref="DurableSpoolOptions.MaxSpoolBytes"/>.</summary>
    public long StoredBytes => Interlocked.Read(ref _storedBytes);

    /// <summary>Records lost since the spool was opened: in damaged or missing files found at open, or failing their checksum when read.</summary>
    public long LostRecords => Interlocked.Read(ref _lost);

    /// <summary>Opens the spool in <see cref="DurableSpoolOptions.Directory"/>, creating it when missing.</summary>
    /// <exception cref="ArgumentException">The directory is not set, or the size limit is not above a row's <see cref="RowOverheadBytes"/>.</exception>
    /// <exception cref="SpoolInUseException">Another recorder, in this process or another, uses the directory.</exception>
    public static DurableSpool Open(DurableSpoolOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.Directory))
        {
            throw new ArgumentException(nameof(DurableSpoolOptions) + "." + nameof(DurableSpoolOptions.Directory) + " is required.", nameof(options));
        }

        if (options.MaxSpoolBytes <= RowOverheadBytes)
        {
            throw new ArgumentException(nameof(DurableSpoolOptions) + "." + nameof(DurableSpoolOptions.MaxSpoolBytes) + " must be more than a row's " + RowOverheadBytes + " bytes, not " + options.MaxSpoolBytes.ToString(CultureInfo.InvariantCulture) + ".", nameof(options));
        }

        var files = new SpoolFiles(options.Directory);
        Directory.CreateDirectory(files.Directory);
        FileStream lockFile;
        try
        {
            // Not shared: on Linux and macOS .NET takes an advisory lock (flock) for this, released when the process
            // ends however it ends, so a killed recorder never leaves the spool locked.
            lockFile = new FileStream(files.Lock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (exception is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new SpoolInUseException(files.Directory, exception);
        }

        try
        {
            return new DurableSpool(files, lockFile, options);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask<long> AppendAsync(ReadOnlyMemory<byte> record, bool waitWhenFull, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var size = record.Length + RowOverheadBytes;
        if (size > _maxBytes)
        {
            throw new ArgumentException("A record of " + record.Length.ToString(CultureInfo.InvariantCulture) + " bytes does not fit in the spool's MaxSpoolBytes of " + _maxBytes.ToString(CultureInfo.InvariantCulture) + ".", nameof(record));
        }

        await ReserveAsync(size, waitWhenFull, cancellationToken).ConfigureAwait(false);
        // The recorder hands over a buffer of its own: stored as it is, not copied again.
        var append = new Append(MemoryMarshal.TryGetArray(record, out var whole) && whole.Offset == 0 && whole.Count == whole.Array!.Length ? whole.Array : record.ToArray());
        if (!_work.Writer.TryWrite(append))
        {
            Account(reservedGiven: size, stored: 0, freed: 0);
            ThrowIfDisposed();
            throw new ObjectDisposedException(nameof(DurableSpool));
        }

        return await append.Stored.Task.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<SpooledRecord>> ReadAsync(long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        lock (_cacheLock)
        {
            // Records stored after the reader caught up are served from memory: reading back what was just written
            // would cost as much again as writing it.
            if (_cacheActive)
            {
                while (_cache.Count > 0 && _cache.Peek().Sequence <= afterSequence)
                {
                    _cache.Dequeue();
                }

                var cached = new List<SpooledRecord>(Math.Min(maxCount, _cache.Count));
                while (cached.Count < maxCount && _cache.Count > 0)
                {
                    cached.Add(_cache.Dequeue());
                }

                return new ValueTask<IReadOnlyList<SpooledRecord>>(cached);
            }
        }

        return new ValueTask<IReadOnlyList<SpooledRecord>>(ReadStored(afterSequence, maxCount));
    }

    /// <inheritdoc/>
    public async ValueTask RemoveAsync(IReadOnlyList<long> sequences, CancellationToken cancellationToken)
    {
        if (sequences is null)
        {
            throw new ArgumentNullException(nameof(sequences));
        }

        ThrowIfDisposed();
        var remove = new Remove(sequences);
        if (!_work.Writer.TryWrite(remove))
        {
            ThrowIfDisposed();
        }

        await remove.Done.Task.ConfigureAwait(false);
    }

    /// <summary>Commits what is waiting, folds the write-ahead log into the database, and lets the directory go.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _work.Writer.TryComplete();
        await _committer.ConfigureAwait(false);
        lock (_room)
        {
            _roomFreed.TrySetResult(true);
        }

        try
        {
            SpoolDatabase.Execute(_writer, "PRAGMA wal_checkpoint(TRUNCATE)");
        }
        catch (SqliteException exception)
        {
            // The log stays beside the database and is folded in when the spool is next opened.
            _logger.LogWarning(exception, "The spool at {Directory} could not fold its write-ahead log into the database.", _files.Directory);
        }

        _select.Dispose();
        _reader.Dispose();
        _insert.Dispose();
        _delete.Dispose();
        _lowest.Dispose();
        _writer.Dispose();
        _mark.Dispose();
        _lock.Dispose();
    }

    /// <summary>Limits the database to <paramref name="pages"/> pages from the next commit on (SQLite's <c>max_page_count</c>): a disk that is full, for tests.</summary>
    internal Task LimitPagesAsync(long pages)
    {
        var limit = new PageLimit(pages);
        _work.Writer.TryWrite(limit);
        return limit.Done.Task;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, name == "$payload" ? SqliteType.Blob : SqliteType.Integer);
        }

        return command;
    }

    private void CountLosses((long Highest, long RemovedBelow, long Held)? mark, bool salvaged, long damagedRows)
    {
        // With a mark, what the database lacks against it is the loss, damaged rows included (they were not kept);
        // without one, only the rows found damaged can be counted.
        var lost = 0L;
        if (mark is { } known)
        {
            // Removed before, brought back by a write-ahead log that was lost with their removal: sent already.
            var returned = Delete(_writer, "DELETE FROM records WHERE seq < $below", known.RemovedBelow);
            if (returned > 0)
            {
                _logger.LogWarning("The spool at {Directory} found {Count} records again that it had removed once sent (their removal was in a lost write-ahead log); they are not sent again.", _files.Directory, returned);
            }

            _held = SpoolDatabase.Scalar(_writer, "SELECT COUNT(*) FROM records");
            lost += Math.Max(0, known.Held - _held);
        }
        else
        {
            lost = damagedRows;
            _held = SpoolDatabase.Scalar(_writer, "SELECT COUNT(*) FROM records");
            if (_held > 0 || salvaged)
            {
                _logger.LogWarning("The spool at {Directory} has no readable mark file, so records lost with a damaged or missing file cannot be counted.", _files.Directory);
            }
        }

        if (lost > 0)
        {
            Interlocked.Add(ref _lost, lost);
            SpoolTelemetry.LostRecords.Add(lost);
            _logger.LogError("The spool at {Directory} lost {Count} records to a damaged or missing file; they will not be sent. {Held} records it still holds will be.", _files.Directory, lost, _held);
        }
    }

    private static long Delete(SqliteConnection connection, string sql, long below)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$below", below);
        return command.ExecuteNonQuery();
    }

    private IReadOnlyList<SpooledRecord> ReadStored(long afterSequence, int maxCount)
    {
        long committed;
        lock (_cacheLock)
        {
            committed = _committedUpTo;
        }

        var rows = new List<SpooledRecord>();
        var damaged = new List<long>();
        lock (_select)
        {
            _select.Parameters["$after"].Value = afterSequence;
            _select.Parameters["$max"].Value = maxCount;
            using var reader = _select.ExecuteReader();
            while (reader.Read())
            {
                var sequence = reader.GetInt64(0);
                var checksum = reader.GetInt64(1);
                var payload = (byte[])reader.GetValue(2);
                if (RecordChecksum.Of(sequence, payload) != checksum)
                {
                    damaged.Add(sequence);
                    continue;
                }

                rows.Add(new SpooledRecord(sequence, payload));
            }
        }

        if (damaged.Count > 0)
        {
            Interlocked.Add(ref _lost, damaged.Count);
            SpoolTelemetry.LostRecords.Add(damaged.Count);
            _logger.LogError("The spool at {Directory} found {Count} records damaged (checksum failed, first sequence {First}); they are removed and not sent.", _files.Directory, damaged.Count, damaged[0]);
            _work.Writer.TryWrite(new Remove(damaged));
        }

        if (rows.Count + damaged.Count < maxCount)
        {
            lock (_cacheLock)
            {
                // The read saw every commit, none having been made since it began: from here on what is committed
                // reaches the reader through memory.
                if (_committedUpTo == committed)
                {
                    _cacheActive = true;
                    _cache.Clear();
                }
            }
        }

        return rows;
    }

    private async Task CommitLoopAsync()
    {
        var appends = new List<Append>();
        var removes = new List<Remove>();
        var reader = _work.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            appends.Clear();
            removes.Clear();
            var work = 0;
            while (work < MostWorkPerCommit && reader.TryRead(out var next))
            {
                switch (next)
                {
                    case Append append:
                        appends.Add(append);
                        break;
                    case Remove remove:
                        removes.Add(remove);
                        work += remove.Sequences.Count - 1;
                        break;
                    case PageLimit limit:
                        SetPageLimit(limit);
                        break;
                }

                work++;
            }

            if (appends.Count > 0 || removes.Count > 0)
            {
                Commit(appends, removes);
            }
        }
    }

    private void SetPageLimit(PageLimit limit)
    {
        try
        {
            SpoolDatabase.Execute(_writer, "PRAGMA max_page_count=" + limit.Pages.ToString(CultureInfo.InvariantCulture));
            limit.Done.TrySetResult(true);
        }
        catch (Exception exception)
        {
            limit.Done.TrySetException(exception);
        }
    }

    private void Commit(List<Append> appends, List<Remove> removes)
    {
        try
        {
            var (removed, freed) = Write(appends, removes);
            Committed(appends, removes, removed, freed);
            return;
        }
        catch (SqliteException exception)
        {
            SpoolTelemetry.WriteFailures.Add(1);
            _logger.LogError(exception, "The spool at {Directory} could not commit {Count} records; they were refused.", _files.Directory, appends.Count);
            var failure = new SpoolWriteException(_files.Directory, exception);
            foreach (var append in appends)
            {
                Account(reservedGiven: append.Payload.Length + RowOverheadBytes, stored: 0, freed: 0);
                append.Stored.TrySetException(failure);
            }
        }

        if (removes.Count == 0)
        {
            return;
        }

        // Removals free room: one that failed beside records may pass alone (a full disk takes deletions).
        appends.Clear();
        try
        {
            var (removed, freed) = Write(appends, removes);
            Committed(appends, removes, removed, freed);
        }
        catch (SqliteException exception)
        {
            _logger.LogError(exception, "The spool at {Directory} could not remove sent records; they stay and are sent again when it is next opened.", _files.Directory);
            foreach (var remove in removes)
            {
                remove.Done.TrySetException(new SpoolWriteException(_files.Directory, exception));
            }
        }
    }

    private (long Removed, long Freed) Write(List<Append> appends, List<Remove> removes)
    {
        var removed = 0L;
        var freed = 0L;
        using var transaction = _writer.BeginTransaction();
        _delete.Transaction = transaction;
        _insert.Transaction = transaction;
        foreach (var remove in removes)
        {
            foreach (var sequence in remove.Sequences)
            {
                _delete.Parameters[0].Value = sequence;
                if (_delete.ExecuteScalar() is long length)
                {
                    removed++;
                    freed += length + RowOverheadBytes;
                }
            }
        }

        var next = _highest;
        foreach (var append in appends)
        {
            next++;
            _insert.Parameters[0].Value = next;
            _insert.Parameters[1].Value = RecordChecksum.Of(next, append.Payload);
            _insert.Parameters[2].Value = append.Payload;
            _insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return (removed, freed);
    }

    private void Committed(List<Append> appends, List<Remove> removes, long removed, long freed)
    {
        var first = _highest + 1;
        _highest += appends.Count;
        Interlocked.Add(ref _held, appends.Count - removed);
        var lowest = _lowest.ExecuteScalar() is long low ? low : _highest + 1;
        WriteMark(lowest);
        lock (_cacheLock)
        {
            _committedUpTo = _highest;
            if (_cacheActive)
            {
                if (_cache.Count + appends.Count > MostCachedRecords)
                {
                    // The reader is far behind: it reads from the database until it catches up again.
                    _cacheActive = false;
                    _cache.Clear();
                }
                else
                {
                    for (var i = 0; i < appends.Count; i++)
                    {
                        _cache.Enqueue(new SpooledRecord(first + i, appends[i].Payload));
                    }
                }
            }
        }

        for (var i = 0; i < appends.Count; i++)
        {
            appends[i].Stored.TrySetResult(first + i);
        }

        foreach (var remove in removes)
        {
            remove.Done.TrySetResult(true);
        }

        var appended = 0L;
        foreach (var append in appends)
        {
            appended += append.Payload.Length + RowOverheadBytes;
        }

        Account(reservedGiven: appended, stored: appended, freed: freed);
    }

    private void WriteMark(long? lowest = null)
    {
        var below = lowest ?? (SpoolDatabase.Scalar(_writer, "SELECT MIN(seq) FROM records") is var min && min > 0 ? min : _highest + 1);
        try
        {
            _mark.Write(_highest, below, Interlocked.Read(ref _held));
        }
        catch (IOException exception)
        {
            _logger.LogWarning(exception, "The spool at {Directory} could not update its mark file; losses to a damaged file may go uncounted.", _files.Directory);
        }
    }

    private async ValueTask ReserveAsync(long size, bool waitWhenFull, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task freed;
            lock (_room)
            {
                if (_storedBytes + _reservedBytes + size <= _maxBytes)
                {
                    _reservedBytes += size;
                    return;
                }

                if (!waitWhenFull)
                {
                    throw new EventRecorderFullException("The spool at " + _files.Directory + " already holds its MaxSpoolBytes of " + _maxBytes.ToString(CultureInfo.InvariantCulture) + " bytes of records waiting to be sent; this one was not recorded.");
                }

                freed = _roomFreed.Task;
            }

            ThrowIfDisposed();
            await Waiting(freed, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task Waiting(Task task, CancellationToken cancellationToken)
    {
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
        {
            await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    // Room is reserved before a record is queued; its commit turns the reservation into stored bytes (or its failure
    // gives it back), and a removal frees stored bytes. Whoever waits for room looks again after each change.
    private void Account(long reservedGiven, long stored, long freed)
    {
        TaskCompletionSource<bool> changed;
        lock (_room)
        {
            _reservedBytes -= reservedGiven;
            _storedBytes += stored - freed;
            changed = _roomFreed;
            _roomFreed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult(true);
    }

    private void ThrowIfDisposed()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new ObjectDisposedException(nameof(DurableSpool), "The spool at " + _files.Directory + " is disposed.");
        }
    }

    private abstract class Work
    {
    }

    private sealed class Append : Work
    {
        public Append(byte[] payload) => Payload = payload;

        public byte[] Payload { get; }

        public TaskCompletionSource<long> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Remove : Work
    {
        public Remove(IReadOnlyList<long> sequences) => Sequences = sequences;

        public IReadOnlyList<long> Sequences { get; }

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class PageLimit : Work
    {
        public PageLimit(long pages) => Pages = pages;

        public long Pages { get; }

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
