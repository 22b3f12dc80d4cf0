using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>PutActionInteractions: every record goes to one tracker, each carrying its own session, user and event id.</summary>
internal sealed class PutActionInteractionsOperation : RecordOperation<ActionInteraction, string>
{
    private readonly string _trackingId;
    private readonly IPersonalizeEventsSender _sender;
    private readonly Action<RecordsFailure>? _onFailure;

    public PutActionInteractionsOperation(string trackingId, IPersonalizeEventsSender sender, Action<RecordsFailure>? onFailure)
    {
        _trackingId = trackingId;
        _sender = sender;
        _onFailure = onFailure;
        DestinationForLogs = "tracking id " + TrackingIdMask.Mask(trackingId);
    }

    public override string Name => "PutActionInteractions";

    public override string RecordNoun => "action interactions";

    public override string DestinationForLogs { get; }

    public override string BatchKey(ActionInteraction record) => _trackingId;

    public override PersonalizeEventsRequest CreateRequest(string key, IReadOnlyList<ActionInteraction> records) =>
        new PutActionInteractionsRequest(key, records);

    public override Task SendAsync(PersonalizeEventsRequest request, CancellationToken cancellationToken) =>
        _sender.SendAsync(request, cancellationToken);

    public override bool TryReportFailure(PersonalizeEventsRequest request, Exception exception)
    {
        if (_onFailure is null)
        {
            return false;
        }

        _onFailure(new RecordsFailure(request, exception));
        return true;
    }

    public override string Describe(PersonalizeEventsRequest request)
    {
        var records = ((PutActionInteractionsRequest)request).ActionInteractions;
        return records.Count.ToString(CultureInfo.InvariantCulture) + " action interactions (first event id " + records[0].EventId + ")";
    }
}
