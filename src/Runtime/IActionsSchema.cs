namespace SchemaGen;

/// <summary>
/// Implemented by the generator on every <see cref="ActionsSchemaAttribute"/> type, so code can handle any Actions schema's
/// records alike.
/// </summary>
public interface IActionsSchema : IDatasetSchema
{
    /// <summary>This action as one record of a PutActions call, as the generated <c>ToAction</c> creates it.</summary>
    /// <exception cref="Serialization.InteractionFormatException">A value cannot be sent (a null id, NaN, milliseconds in an epoch-seconds field, …).</exception>
    ActionRecord ToAction();
}
