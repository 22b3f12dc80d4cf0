using System;
using System.Collections.Generic;

namespace SchemaGen;

/// <summary>
/// One event of a PutEvents call, member for member the service model's <c>Event</c> shape.
/// Generated <c>ToEvent</c> methods create it from a schema instance.
/// </summary>
public sealed class InteractionEvent
{
    /// <param name="eventType">The event type (required on every event, even when the schema has no EVENT_TYPE field).</param>
    /// <param name="sentAt">When the event happened; sent as epoch seconds.</param>
    public InteractionEvent(string eventType, DateTimeOffset sentAt)
    {
        EventType = eventType ?? throw new ArgumentNullException(nameof(eventType));
        SentAt = sentAt;
    }

    /// <summary>
    /// Creates an event with every member of the service model's <c>Event</c> at once (generated code uses this
    /// constructor, so it compiles with C# 8, which has no <c>init</c> accessors).
    /// </summary>
    public InteractionEvent(
        string eventType,
        DateTimeOffset sentAt,
        string? eventId,
        string? itemId,
        float? eventValue,
        string? properties,
        string? recommendationId,
        IReadOnlyList<string>? impression,
        MetricAttribution? metricAttribution)
        : this(eventType, sentAt)
    {
        EventId = eventId;
        ItemId = itemId;
        EventValue = eventValue;
        Properties = properties;
        RecommendationId = recommendationId;
        Impression = impression;
        MetricAttribution = metricAttribution;
    }

    /// <summary>
    /// Whether <see cref="Properties"/> was written by a schema type's generated writer, whose keys and values the
    /// generator has already held to the service's rules (flat, string values, no forbidden or repeated key, no lone
    /// surrogate), so validation checks only its length. Set by <see cref="Serialization.EventMembers.SchemaEvent"/>.
    /// </summary>
    internal bool PropertiesFromSchemaWriter { get; init; }

    /// <summary><c>eventId</c>: identifies the event; the service generates one when it is null.</summary>
    public string? EventId { get; init; }

    /// <summary><c>eventType</c>: the type of event, such as <c>click</c>; maps to EVENT_TYPE.</summary>
    public string EventType { get; }

    /// <summary><c>eventValue</c>: the event's value, such as a rating; maps to EVENT_VALUE.</summary>
    public float? EventValue { get; init; }

    /// <summary><c>itemId</c>: the item the event is about; maps to ITEM_ID.</summary>
    public string? ItemId { get; init; }

    /// <summary><c>properties</c>: a JSON object, as a string, of the schema's other fields under camelCase keys.</summary>
    public string? Properties { get; init; }

    /// <summary><c>sentAt</c>: when the event happened; maps to TIMESTAMP.</summary>
    public DateTimeOffset SentAt { get; }

    /// <summary><c>recommendationId</c>: the recommendation the item came from; maps to RECOMMENDATION_ID.</summary>
    public string? RecommendationId { get; init; }

    /// <summary><c>impression</c>: the items shown to the user; maps to IMPRESSION.</summary>
    public IReadOnlyList<string>? Impression { get; init; }

    /// <summary><c>metricAttribution</c>: where the event came from; maps to EVENT_ATTRIBUTION_SOURCE.</summary>
    public MetricAttribution? MetricAttribution { get; init; }
}
