using System;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>Where a recorder puts the records it has checked: the in-memory pipeline, or a spool in front of it.</summary>
internal interface IRecordSink<TRecord> : IAsyncDisposable
{
    ValueTask RecordAsync(TRecord record, CancellationToken cancellationToken);

    Task FlushAsync(CancellationToken cancellationToken);
}
