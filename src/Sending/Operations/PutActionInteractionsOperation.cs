using System;
using System.Collections.Generic;
using System.Globalization;

namespace SchemaGen;

/// <summary>PutActionInteractions: every record goes to one tracker, each carrying its own session, user and event id.</summary>
internal sealed class PutActionInteractionsOperation : RecordsSenderOperation<ActionInteraction>
{
    private readonly string _trackingId;

    public PutActionInteractionsOperation(string trackingId, IPersonalizeEventsSender sender, Action<RecordsFailure>? onFailure)
        : base(sender, onFailure)
    {
        _trackingId = trackingId;
        DestinationForLogs = "tracking id " + TrackingIdMask.Mask(trackingId);
    }

    public override string Name => "PutActionInteractions";

    public override string RecordNoun => "action interactions";

    public override string DestinationForLogs { get; }

    public override string BatchKey(ActionInteraction record) => _trackingId;

    public override PersonalizeEventsRequest CreateRequest(string key, IReadOnlyList<ActionInteraction> records) =>
        new PutActionInteractionsRequest(key, records);

    public override string Describe(PersonalizeEventsRequest request)
    {
        var records = ((PutActionInteractionsRequest)request).ActionInteractions;
        return records.Count.ToString(CultureInfo.InvariantCulture) + " action interactions (first event id " + records[0].EventId + ")";
    }
}
