namespace SchemaGen;

/// <summary>
/// Implemented by the generator on every <see cref="InteractionsSchemaAttribute"/> type, so code can handle any
/// schema's instances alike.
/// </summary>
public interface IInteractionsSchema : IDatasetSchema
{
    /// <summary>The schema this instance belongs to.</summary>
    new InteractionsSchemaInfo Schema { get; }

    /// <summary>
    /// The interaction's USER_ID: the <c>userId</c> of the PutEvents request its event goes in (USER_ID belongs to the
    /// request, not to the event).
    /// </summary>
    /// <exception cref="Serialization.InteractionFormatException">The USER_ID property holds null.</exception>
    string UserId { get; }

    /// <summary>This interaction as one PutEvents event, as the generated <c>ToEvent</c> creates it.</summary>
    /// <param name="eventType">
    /// The event's type, for a schema without an EVENT_TYPE field that does not declare exactly one event type
    /// (its generated <c>ToEvent</c> takes an event type too); null for every other schema, which supplies its own.
    /// </param>
    /// <param name="eventId">The event's id; the service generates one when null.</param>
    /// <exception cref="System.ArgumentException">
    /// An event type is missing where the schema needs one, given where the schema supplies its own, or not one of the
    /// schema's declared event types.
    /// </exception>
    InteractionEvent ToEvent(string? eventType, string? eventId);
}
