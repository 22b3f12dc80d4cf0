using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace SchemaGen.Serialization;

/// <summary>
/// The records a schema type's generated <c>ToItem</c>, <c>ToUser</c>, <c>ToAction</c> and <c>ToActionInteraction</c>
/// create: <c>properties</c> must be what the type's generated properties writer wrote (or null), since validation
/// then checks only its length. Code that builds a record itself uses the records' constructors, whose properties get
/// every check. Called by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DatasetRecords
{
    /// <summary>The item a generated <c>ToItem</c> creates.</summary>
    public static Item SchemaItem(string itemId, string? properties) =>
        new(itemId, properties) { PropertiesFromSchemaWriter = properties is not null };

    /// <summary>The user a generated <c>ToUser</c> creates.</summary>
    public static User SchemaUser(string userId, string? properties) =>
        new(userId, properties) { PropertiesFromSchemaWriter = properties is not null };

    /// <summary>The action a generated <c>ToAction</c> creates.</summary>
    public static ActionRecord SchemaAction(string actionId, string? properties) =>
        new(actionId, properties) { PropertiesFromSchemaWriter = properties is not null };

    /// <summary>The action interaction a generated <c>ToActionInteraction</c> creates.</summary>
    public static ActionInteraction SchemaActionInteraction(
        string actionId,
        string? userId,
        string sessionId,
        DateTimeOffset timestamp,
        string eventType,
        string? eventId,
        string? recommendationId,
        IReadOnlyList<string>? impression,
        string? properties) =>
        new(actionId, userId, sessionId, timestamp, eventType, eventId, recommendationId, impression, properties)
        {
            PropertiesFromSchemaWriter = properties is not null,
        };
}
