using System.Collections.Generic;

namespace SchemaGen;

/// <summary>
/// How PutEvents requests are cut: the events of one request share a session and a user. The one batching rule the
/// generated builders (through <see cref="PutEventsBatcher"/>) and the event recorder share.
/// </summary>
internal static class PutEventsBatching
{
    /// <summary>The key of the request an event goes into.</summary>
    public static (string SessionId, string? UserId) KeyOf(SessionEvent record) => (record.SessionId, record.UserId);

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
