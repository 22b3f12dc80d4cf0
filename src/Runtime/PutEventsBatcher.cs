using System;
using System.Collections.Generic;
using System.ComponentModel;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// Collects events and cuts them into valid PutEvents requests: one per (tracking id, session id, user id),
/// at most 10 events each, in the order the events were added. Generated <c>PutEventsBuilder</c> types wrap it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PutEventsBatcher
{
    private readonly string _trackingId;
    private readonly List<(string SessionId, string? UserId)> _keys = new();
    private readonly Dictionary<(string SessionId, string? UserId), List<SessionEvent>> _eventsByKey = new();

    /// <param name="trackingId">The event tracker's tracking id.</param>
    public PutEventsBatcher(string trackingId) =>
        _trackingId = trackingId ?? throw new ArgumentNullException(nameof(trackingId));

    /// <summary>How many events were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one event of <paramref name="sessionId"/> (and <paramref name="userId"/>, null when anonymous).</summary>
    public void Add(string sessionId, string? userId, InteractionEvent @event)
    {
        if (sessionId is null)
        {
            throw new ArgumentNullException(nameof(sessionId));
        }

        if (@event is null)
        {
            throw new ArgumentNullException(nameof(@event));
        }

        var record = new SessionEvent(sessionId, userId, @event);
        var key = PutEventsBatching.KeyOf(record);
        if (!_eventsByKey.TryGetValue(key, out var events))
        {
            events = new List<SessionEvent>();
            _eventsByKey.Add(key, events);
            _keys.Add(key);
        }

        events.Add(record);
        Count++;
    }

    /// <summary>The requests, grouped by session and user, each holding at most 10 events.</summary>
    public IReadOnlyList<PutEventsRequest> Build()
    {
        var requests = new List<PutEventsRequest>();
        foreach (var key in _keys)
        {
            requests.AddRange(RecordBatches.Split(_eventsByKey[key], batch => PutEventsBatching.Request(_trackingId, key.SessionId, key.UserId, batch)));
        }

        return requests;
    }
}
