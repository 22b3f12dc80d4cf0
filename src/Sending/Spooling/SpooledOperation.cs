using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen.Spooling;

/// <summary>
/// An operation whose records come from a spool: batches, requests and sending are the inner operation's; what
/// happens to a record at its end is the spool's business — removed once accepted or refused for good, kept (and
/// sent again) otherwise.
/// </summary>
internal sealed class SpooledOperation<TRecord, TKey> : RecordOperation<Spooled<TRecord>, TKey>
    where TKey : notnull
{
    private readonly RecordOperation<TRecord, TKey> _inner;
    private readonly ISpoolSettlement<TRecord> _settlement;

    public SpooledOperation(RecordOperation<TRecord, TKey> inner, ISpoolSettlement<TRecord> settlement)
    {
        _inner = inner;
        _settlement = settlement;
    }

    public override string Name => _inner.Name;

    public override string RecordNoun => _inner.RecordNoun;

    public override string DestinationForLogs => _inner.DestinationForLogs;

    public override TKey BatchKey(Spooled<TRecord> record) => _inner.BatchKey(record.Record);

    public override string? ReplaceKey(Spooled<TRecord> record) => _inner.ReplaceKey(record.Record);

    public override PersonalizeEventsRequest CreateRequest(TKey key, IReadOnlyList<Spooled<TRecord>> records)
    {
        var inner = new TRecord[records.Count];
        for (var i = 0; i < inner.Length; i++)
        {
            inner[i] = records[i].Record;
        }

        return _inner.CreateRequest(key, inner);
    }

    public override Task SendAsync(PersonalizeEventsRequest request, CancellationToken cancellationToken) =>
        _inner.SendAsync(request, cancellationToken);

    public override void Accepted(IReadOnlyList<Spooled<TRecord>> records) => _settlement.Remove(records);

    public override void Replaced(Spooled<TRecord> earlier) => _settlement.Remove(new[] { earlier });

    public override bool Failed(IReadOnlyList<Spooled<TRecord>> records, PersonalizeEventsRequest request, Exception exception, bool outcomeUnknown)
    {
        if (exception is PersonalizeEventsInvalidInputException)
        {
            // Refused for what the records hold: sending them again cannot succeed, so they leave the spool for OnFailure.
            _settlement.Remove(records);
            return _inner.TryReportFailure(request, exception, outcomeUnknown);
        }

        _settlement.Keep(records, exception);
        return true;
    }

    public override bool TryReportFailure(PersonalizeEventsRequest request, Exception exception, bool outcomeUnknown) =>
        _inner.TryReportFailure(request, exception, outcomeUnknown);

    public override string Describe(PersonalizeEventsRequest request) => _inner.Describe(request);
}

/// <summary>What becomes of spooled records at the end of their request.</summary>
internal interface ISpoolSettlement<TRecord>
{
    /// <summary>The records are done with: accepted, replaced by a later value, or refused for good.</summary>
    void Remove(IReadOnlyList<Spooled<TRecord>> records);

    /// <summary>The records failed in a way that may pass later: they stay in the spool and are sent again.</summary>
    void Keep(IReadOnlyList<Spooled<TRecord>> records, Exception exception);
}
