namespace SchemaGen.Serialization;

/// <summary>What the validator and the body writer need of an item, a user or an action alike.</summary>
internal interface IDatasetRecord
{
    /// <summary>The record's id: <c>itemId</c>, <c>userId</c> or <c>actionId</c>.</summary>
    string Id { get; }

    string? Properties { get; }

    bool PropertiesFromSchemaWriter { get; }
}
