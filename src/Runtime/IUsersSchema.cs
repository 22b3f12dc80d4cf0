namespace SchemaGen;

/// <summary>
/// Implemented by the generator on every <see cref="UsersSchemaAttribute"/> type, so code can handle any Users schema's
/// records alike.
/// </summary>
public interface IUsersSchema : IDatasetSchema
{
    /// <summary>This user as one record of a PutUsers call, as the generated <c>ToUser</c> creates it.</summary>
    /// <exception cref="Serialization.InteractionFormatException">A value cannot be sent (a null id, NaN, milliseconds in an epoch-seconds field, …).</exception>
    User ToUser();
}
