using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace SchemaGen.Serialization;

/// <summary>Conversions between schema fields and first-class event members. Called by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EventMembers
{
    /// <summary>The <c>impression</c> list of a <c>|</c>-joined IMPRESSION string; null when it holds no item.</summary>
    /// <exception cref="InteractionFormatException">An item id between separators is empty.</exception>
    public static IReadOnlyList<string>? Impression(string? joined) =>
        string.IsNullOrEmpty(joined) ? null : FieldFormat.Split(joined!, "impression");

    /// <summary>
    /// The <c>impression</c> list of an IMPRESSION sequence (copied); null when it holds no item, since the service
    /// takes one to 25 items or none. A null sequence is no impression too: generated code refuses null for a
    /// non-nullable field before calling this.
    /// </summary>
    /// <exception cref="InteractionFormatException">An item id is null.</exception>
    public static IReadOnlyList<string>? Impression(IEnumerable<string?>? itemIds)
    {
        if (itemIds is null)
        {
            return null;
        }

        var copy = new List<string>();
        foreach (var itemId in itemIds)
        {
            copy.Add(itemId ?? throw new InteractionFormatException("impression", "item id " + copy.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is null"));
        }

        return copy.Count == 0 ? null : copy;
    }

    /// <summary>The <c>metricAttribution</c> of an EVENT_ATTRIBUTION_SOURCE value; null when there is none.</summary>
    public static MetricAttribution? Attribution(string? eventAttributionSource) =>
        eventAttributionSource is null ? null : new MetricAttribution(eventAttributionSource);

    /// <summary>The <c>eventValue</c> of an EVENT_VALUE held as a double (Avro <c>float</c>, so narrowed).</summary>
    /// <exception cref="InteractionFormatException">No float holds the value (see <see cref="FieldFormat.NarrowToSingle"/>).</exception>
    public static float? EventValue(double? value) => value is { } number ? FieldFormat.NarrowToSingle(number, "eventValue") : null;

    /// <summary>
    /// The event a schema type's generated <c>ToEvent</c> creates: <paramref name="properties"/> must be what the
    /// type's generated properties writer wrote (or null), since validation then checks only its length. Code that
    /// builds an event itself uses the <see cref="InteractionEvent"/> constructors, whose properties get every check.
    /// </summary>
    public static InteractionEvent SchemaEvent(
        string eventType,
        DateTimeOffset sentAt,
        string? eventId,
        string? itemId,
        float? eventValue,
        string? properties,
        string? recommendationId,
        IReadOnlyList<string>? impression,
        MetricAttribution? metricAttribution) =>
        new(eventType, sentAt, eventId, itemId, eventValue, properties, recommendationId, impression, metricAttribution)
        {
            PropertiesFromSchemaWriter = properties is not null,
        };

    /// <summary>
    /// The event type passed to <see cref="IInteractionsSchema.ToEvent"/> for a schema that cannot supply one itself.
    /// </summary>
    /// <exception cref="ArgumentException">It is null.</exception>
    public static string RequiredEventType(string? eventType, string schemaName) =>
        eventType ?? throw new ArgumentException(
            "The schema '" + schemaName + "' has no EVENT_TYPE field and does not declare exactly one event type, so each of its events needs an event type.",
            nameof(eventType));

    /// <summary>
    /// Refuses an event type passed to <see cref="IInteractionsSchema.ToEvent"/> for a schema that supplies its own
    /// (from its EVENT_TYPE field or its one declared event type), so a caller's type is never silently ignored.
    /// </summary>
    /// <exception cref="ArgumentException">It is not null.</exception>
    public static void EnsureNoEventType(string? eventType, string schemaName)
    {
        if (eventType is not null)
        {
            throw new ArgumentException(
                "The schema '" + schemaName + "' supplies each event's type itself (its EVENT_TYPE field or its one declared event type); pass null.",
                nameof(eventType));
        }
    }

    /// <summary>The <c>properties</c> member for a serialized object: null when the object is empty, since it would carry nothing.</summary>
    public static string? PropertiesOrNull(string propertiesJson) => propertiesJson == "{}" ? null : propertiesJson;

    /// <summary>An <c>impression</c> list as an array, for an IMPRESSION sequence field; null stays null.</summary>
    public static string[]? ImpressionArray(IReadOnlyList<string>? impression)
    {
        if (impression is null)
        {
            return null;
        }

        var array = new string[impression.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = impression[i];
        }

        return array;
    }

    /// <summary>An <c>impression</c> list joined with <c>|</c>, for an IMPRESSION string field; null stays null.</summary>
    public static string? ImpressionText(IReadOnlyList<string>? impression) =>
        impression is null ? null : FieldFormat.Join(impression, "impression");

    /// <summary>Checks an event type against the schema's declared <c>EventTypes</c> (none declared: any type).</summary>
    /// <exception cref="ArgumentException">The type is not one the schema declares.</exception>
    public static string EnsureDeclared(string eventType, string[] declared, string schemaName)
    {
        if (eventType is null)
        {
            throw new InteractionFormatException("eventType", "is null; every event needs an event type");
        }

        if (IsDeclared(eventType, declared))
        {
            return eventType;
        }

        throw new ArgumentException("Event type " + NotDeclared(eventType, declared, schemaName) + ".", nameof(eventType));
    }

    internal static bool IsDeclared(string eventType, string[] declared) =>
        declared.Length == 0 || Array.IndexOf(declared, eventType) >= 0;

    internal static string NotDeclared(string eventType, string[] declared, string schemaName) =>
        "'" + eventType + "' is not one of the event types schema '" + schemaName + "' declares (" + string.Join(", ", declared) + ")";
}
