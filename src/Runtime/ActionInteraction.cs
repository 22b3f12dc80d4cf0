using System;
using System.Collections.Generic;

namespace SchemaGen;

/// <summary>
/// One event of a PutActionInteractions call, member for member the service model's <c>ActionInteraction</c> shape.
/// Generated <c>ToActionInteraction</c> methods create it from a schema instance.
/// </summary>
public sealed class ActionInteraction
{
    /// <param name="actionId">The action the user interacted with: 1 to 256 characters.</param>
    /// <param name="sessionId">The user's visit: 1 to 256 characters.</param>
    /// <param name="timestamp">When the interaction happened; sent as epoch seconds.</param>
    /// <param name="eventType">The event type: <c>Viewed</c>, <c>Taken</c> or <c>Not taken</c>.</param>
    public ActionInteraction(string actionId, string sessionId, DateTimeOffset timestamp, string eventType)
    {
        ActionId = actionId ?? throw new ArgumentNullException(nameof(actionId));
        SessionId = sessionId ?? throw new ArgumentNullException(nameof(sessionId));
        Timestamp = timestamp;
        EventType = eventType ?? throw new ArgumentNullException(nameof(eventType));
    }

    /// <summary>
    /// Creates an action interaction with every member of the service model's <c>ActionInteraction</c> at once
    /// (generated code uses this constructor, so it compiles with C# 8, which has no <c>init</c> accessors).
    /// </summary>
    public ActionInteraction(
        string actionId,
        string? userId,
        string sessionId,
        DateTimeOffset timestamp,
        string eventType,
        string? eventId,
        string? recommendationId,
        IReadOnlyList<string>? impression,
        string? properties)
        : this(actionId, sessionId, timestamp, eventType)
    {
        UserId = userId;
        EventId = eventId;
        RecommendationId = recommendationId;
        Impression = impression;
        Properties = properties;
    }

    /// <summary><c>actionId</c>.</summary>
    public string ActionId { get; }

    /// <summary><c>userId</c>: 1 to 256 characters; null for an anonymous user, known by the session only.</summary>
    public string? UserId { get; init; }

    /// <summary><c>sessionId</c>.</summary>
    public string SessionId { get; }

    /// <summary><c>timestamp</c>, sent as epoch seconds.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary><c>eventType</c>.</summary>
    public string EventType { get; }

    /// <summary><c>eventId</c>: 1 to 256 characters; the service generates one when null.</summary>
    public string? EventId { get; init; }

    /// <summary><c>recommendationId</c>: the list of recommendations that held the action, 1 to 40 characters.</summary>
    public string? RecommendationId { get; init; }

    /// <summary><c>impression</c>: the action ids shown to the user, 1 to 25 of them, in order.</summary>
    public IReadOnlyList<string>? Impression { get; init; }

    /// <summary>
    /// <c>properties</c>: a flat JSON object of the schema's metadata fields under their camelCase names, 1 to 1,024
    /// characters, without the keys that have members of their own (<c>userId</c>, <c>sessionId</c>, …); null for none.
    /// </summary>
    public string? Properties { get; init; }

    /// <summary>Set by generated code, whose properties writer cannot write a shape the service refuses: only the length is checked.</summary>
    internal bool PropertiesFromSchemaWriter { get; init; }
}
