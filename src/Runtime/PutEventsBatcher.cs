using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace SchemaGen;

/// <summary>
/// Collects events and cuts them into valid PutEvents requests: one per (tracking id, session id, user id),
/// at most 10 events each, in the order the events were added. Generated <c>PutEventsBuilder</c> types wrap it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PutEventsBatcher
{
    private readonly string _trackingId;
    private readonly List<Group> _groups = new();
    private readonly Dictionary<(string SessionId, string? UserId), Group> _groupsByKey = new();

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

        GroupFor(sessionId, userId).Events.Add(@event);
        Count++;
    }

    /// <summary>The requests, grouped by session and user, each holding at most 10 events.</summary>
    public IReadOnlyList<PutEventsRequest> Build()
    {
        var requests = new List<PutEventsRequest>();
        foreach (var group in _groups)
        {
            for (var start = 0; start < group.Events.Count; start += PersonalizeLimits.MaxEventsPerRequest)
            {
                var count = Math.Min(PersonalizeLimits.MaxEventsPerRequest, group.Events.Count - start);
                requests.Add(new PutEventsRequest(_trackingId, group.SessionId, group.Events.GetRange(start, count))
                {
                    UserId = group.UserId,
                });
            }
        }

        return requests;
    }

    private Group GroupFor(string sessionId, string? userId)
    {
        if (_groupsByKey.TryGetValue((sessionId, userId), out var group))
        {
            return group;
        }

        var created = new Group(sessionId, userId);
        _groupsByKey.Add((sessionId, userId), created);
        _groups.Add(created);
        return created;
    }

    private sealed class Group
    {
        public Group(string sessionId, string? userId)
        {
            SessionId = sessionId;
            UserId = userId;
        }

        public string SessionId { get; }

        public string? UserId { get; }

        public List<InteractionEvent> Events { get; } = new();
    }
}
