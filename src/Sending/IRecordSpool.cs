using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>
/// Durable storage for a recorder's records, set as <see cref="RecorderOptions.Spool"/>: a record is stored before
/// <c>RecordAsync</c> returns and removed only once the service has answered for it, so a record survives a crash
/// of the process that recorded it. <c>SchemaGen.Spool</c>'s <c>DurableSpool</c> is one (SQLite in WAL mode); the
/// recorder owns the spool it is given and disposes it.
/// </summary>
public interface IRecordSpool : IAsyncDisposable
{
    /// <summary>Where the spool keeps its records, for messages.</summary>
    string Location { get; }

    /// <summary>
    /// The highest sequence number the spool held when it was opened: records up to it were left by an earlier
    /// recorder, and are sent before any recorded since. 0 when it held none.
    /// </summary>
    long LastSequenceAtOpen { get; }

    /// <summary>
    /// Stores <paramref name="record"/> and completes once it is durable, with the sequence number it is stored under:
    /// higher than every number handed out before by this spool, in this process or an earlier one.
    /// </summary>
    /// <param name="record">The record as the recorder encoded it.</param>
    /// <param name="waitWhenFull">When the spool is full: true waits for room, false throws <see cref="EventRecorderFullException"/>.</param>
    /// <param name="cancellationToken">Cancels waiting for room.</param>
    /// <exception cref="EventRecorderFullException">The spool is full and <paramref name="waitWhenFull"/> is false.</exception>
    /// <exception cref="System.IO.IOException">The record could not be stored (the disk is full, an I/O error): it was not recorded.</exception>
    ValueTask<long> AppendAsync(ReadOnlyMemory<byte> record, bool waitWhenFull, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="maxCount"/> stored records numbered above <paramref name="afterSequence"/>, in order:
    /// those stored by an earlier process first. A record the spool finds damaged is not returned; the spool counts
    /// and removes it.
    /// </summary>
    ValueTask<IReadOnlyList<SpooledRecord>> ReadAsync(long afterSequence, int maxCount, CancellationToken cancellationToken);

    /// <summary>Removes the records of <paramref name="sequences"/>; completes once the removal is durable.</summary>
    ValueTask RemoveAsync(IReadOnlyList<long> sequences, CancellationToken cancellationToken);
}
