using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>
/// What <see cref="RecordPipeline{TRecord, TKey}"/> needs to know of one operation: which records share a request,
/// which record replaces which, the request a batch becomes, how it is sent, and how a failed one is reported.
/// </summary>
/// <typeparam name="TRecord">What is recorded: an event with its session, an item, ….</typeparam>
/// <typeparam name="TKey">What records of one request share (a PutEvents request's session and user).</typeparam>
internal abstract class RecordOperation<TRecord, TKey>
    where TKey : notnull
{
    /// <summary>The operation's name, as spans and log lines give it: <c>PutEvents</c>, <c>PutItems</c>, ….</summary>
    public abstract string Name { get; }

    /// <summary>What the records are called in log lines: <c>events</c>, <c>items</c>, ….</summary>
    public abstract string RecordNoun { get; }

    /// <summary>Where the records go, as log lines may show it: a masked tracking id or a dataset ARN.</summary>
    public abstract string DestinationForLogs { get; }

    /// <summary>The key a record's request is built for; records of different keys never share a request.</summary>
    public abstract TKey BatchKey(TRecord record);

    /// <summary>
    /// For a record the service replaces by id (items, users, actions), its id; null when every record stands alone.
    /// Records of one id are sent once each batch, the later winning, and never two at a time.
    /// </summary>
    public virtual string? ReplaceKey(TRecord record) => null;

    /// <summary>The request carrying <paramref name="records"/>, all of <paramref name="key"/>.</summary>
    public abstract PersonalizeEventsRequest CreateRequest(TKey key, IReadOnlyList<TRecord> records);

    /// <summary>Sends one attempt of <paramref name="request"/>.</summary>
    public abstract Task SendAsync(PersonalizeEventsRequest request, CancellationToken cancellationToken);

    /// <summary>Hands a finally failed request to the options' <c>OnFailure</c>; false when none is set.</summary>
    /// <param name="request">The request.</param>
    /// <param name="exception">Why it failed.</param>
    /// <param name="outcomeUnknown">Whether an attempt may have been stored although none was answered.</param>
    public abstract bool TryReportFailure(PersonalizeEventsRequest request, Exception exception, bool outcomeUnknown);

    /// <summary>Called once the service accepted <paramref name="records"/>.</summary>
    public virtual void Accepted(IReadOnlyList<TRecord> records)
    {
    }

    /// <summary>Called when a later value of its id took the place of <paramref name="earlier"/> before it was sent.</summary>
    public virtual void Replaced(TRecord earlier)
    {
    }

    /// <summary>
    /// Called once a request finally failed: hands it to <c>OnFailure</c> through <see cref="TryReportFailure"/>
    /// unless the operation keeps the records itself; false when nobody took it, so the pipeline logs it.
    /// </summary>
    public virtual bool Failed(IReadOnlyList<TRecord> records, PersonalizeEventsRequest request, Exception exception, bool outcomeUnknown) =>
        TryReportFailure(request, exception, outcomeUnknown);

    /// <summary>What a failed request held, for the log line of a failure nobody handles: <c>3 events of session s (first event id e)</c>.</summary>
    public abstract string Describe(PersonalizeEventsRequest request);
}
