namespace SchemaGen;

/// <summary>
/// Implemented by the generator on every <see cref="ItemsSchemaAttribute"/> type, so code can handle any Items schema's
/// records alike.
/// </summary>
public interface IItemsSchema : IDatasetSchema
{
    /// <summary>This item as one record of a PutItems call, as the generated <c>ToItem</c> creates it.</summary>
    /// <exception cref="Serialization.InteractionFormatException">A value cannot be sent (a null id, NaN, milliseconds in an epoch-seconds field, …).</exception>
    Item ToItem();
}
