namespace SchemaGen;

/// <summary>
/// Implemented by the generator on every <see cref="ActionInteractionsSchemaAttribute"/> type, so code can handle any Action interactions schema's
/// records alike.
/// </summary>
public interface IActionInteractionsSchema : IDatasetSchema
{
    /// <summary>This action interaction as one event of a PutActionInteractions call, as the generated <c>ToActionInteraction</c> creates it.</summary>
    /// <param name="sessionId">The session the interaction belongs to.</param>
    /// <param name="eventId">The event's id; the service generates one when null.</param>
    /// <exception cref="System.ArgumentException">The event type is not one of the schema's declared <c>EventTypes</c>.</exception>
    /// <exception cref="Serialization.InteractionFormatException">A value cannot be sent (a null id, NaN, milliseconds in an epoch-seconds field, …).</exception>
    ActionInteraction ToActionInteraction(string sessionId, string? eventId);
}
