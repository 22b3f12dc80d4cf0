using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen.Spool.Tests;

/// <summary>A spool whose first <c>failures</c> reads throw an I/O error, as a disk that fails for a while does.</summary>
internal sealed class FailingReadsSpool(IRecordSpool inner, int failures) : IRecordSpool
{
    private int _reads;

    public int FailedReads => Math.Min(failures, Volatile.Read(ref _reads));

    public string Location => inner.Location;

    public long LastSequenceAtOpen => inner.LastSequenceAtOpen;

    public ValueTask<long> AppendAsync(ReadOnlyMemory<byte> record, bool waitWhenFull, CancellationToken cancellationToken) =>
        inner.AppendAsync(record, waitWhenFull, cancellationToken);

    public ValueTask<IReadOnlyList<SpooledRecord>> ReadAsync(long afterSequence, int maxCount, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _reads) <= failures
            ? throw new IOException("Input/output error (injected)")
            : inner.ReadAsync(afterSequence, maxCount, cancellationToken);

    public ValueTask RemoveAsync(IReadOnlyList<long> sequences, CancellationToken cancellationToken) =>
        inner.RemoveAsync(sequences, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
