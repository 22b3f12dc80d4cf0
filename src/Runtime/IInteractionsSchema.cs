namespace SchemaGen;

/// <summary>
/// Implemented by the generator on every <see cref="InteractionsSchemaAttribute"/> type.
/// </summary>
public interface IInteractionsSchema
{
    /// <summary>The schema this instance belongs to.</summary>
    InteractionsSchemaInfo Schema { get; }
}
