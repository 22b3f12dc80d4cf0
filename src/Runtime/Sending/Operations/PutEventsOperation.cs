using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>An event on its way to PutEvents, with the session and user its request is for.</summary>
internal readonly struct SessionEvent
{
    public SessionEvent(string sessionId, string? userId, InteractionEvent @event)
    {
        SessionId = sessionId;
        UserId = userId;
        Event = @event;
    }

    public string SessionId { get; }

    public string? UserId { get; }

    public InteractionEvent Event { get; }
}

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

    public override (string SessionId, string? UserId) BatchKey(SessionEvent record) => KeyOf(record);

    /// <summary>The events of one request share a session and a user: the one batching rule the recorder and <see cref="PutEventsBatcher"/> share.</summary>
    public static (string SessionId, string? UserId) KeyOf(SessionEvent record) => (record.SessionId, record.UserId);

    public override PersonalizeEventsRequest CreateRequest((string SessionId, string? UserId) key, IReadOnlyList<SessionEvent> records) =>
        Request(_trackingId, key.SessionId, key.UserId, records);

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

    /// <summary>The PutEvents request of the events of one (session, user).</summary>
    public static PutEventsRequest Request(string trackingId, string sessionId, string? userId, IReadOnlyList<SessionEvent> records)
    {
        var events = new InteractionEvent[records.Count];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = records[i].Event;
        }

        return new PutEventsRequest(trackingId, sessionId, events) { UserId = userId };
    }
}
