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
