using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>PutEvents: one request per (session, user), each event standing alone under its own id.</summary>
internal sealed class PutEventsOperation : RecordOperation<SessionEvent, (string SessionId, string? UserId)>
{
    private readonly string _trackingId;
    private readonly Func<PutEventsRequest, CancellationToken, Task> _send;
    private readonly Action<PutEventsFailure>? _onFailure;

    public PutEventsOperation(string trackingId, Func<PutEventsRequest, CancellationToken, Task> send, Action<PutEventsFailure>? onFailure)
    {
        _trackingId = trackingId;
        _send = send;
        _onFailure = onFailure;
        DestinationForLogs = "tracking id " + TrackingIdMask.Mask(trackingId);
    }

    public override string Name => "PutEvents";

    public override string RecordNoun => "events";

    public override string DestinationForLogs { get; }

    public override (string SessionId, string? UserId) BatchKey(SessionEvent record) => PutEventsBatching.KeyOf(record);

    public override PersonalizeEventsRequest CreateRequest((string SessionId, string? UserId) key, IReadOnlyList<SessionEvent> records) =>
        PutEventsBatching.Request(_trackingId, key.SessionId, key.UserId, records);

    public override Task SendAsync(PersonalizeEventsRequest request, CancellationToken cancellationToken) =>
        _send((PutEventsRequest)request, cancellationToken);

    public override bool TryReportFailure(PersonalizeEventsRequest request, Exception exception, bool outcomeUnknown)
    {
        if (_onFailure is null)
        {
            return false;
        }

        _onFailure(new PutEventsFailure((PutEventsRequest)request, exception, outcomeUnknown));
        return true;
    }

    public override string Describe(PersonalizeEventsRequest request)
    {
        var events = (PutEventsRequest)request;
        return events.EventList.Count.ToString(CultureInfo.InvariantCulture) + " events of session " + events.SessionId
            + " (first event id " + events.EventList[0].EventId + ")";
    }
}
