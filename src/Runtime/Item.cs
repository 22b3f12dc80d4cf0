using System;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// One item of a PutItems call, member for member the service model's <c>Item</c> shape. Generated
/// <c>ToItem</c> methods create it from a schema instance.
/// </summary>
public sealed class Item : IDatasetRecord
{
    /// <param name="itemId">The item id: 1 to 256 characters.</param>
    public Item(string itemId) => ItemId = itemId ?? throw new ArgumentNullException(nameof(itemId));

    /// <summary>Creates the record with every member of the service model's <c>Item</c> at once.</summary>
    /// <param name="itemId">The item id: 1 to 256 characters.</param>
    /// <param name="properties">The <c>properties</c> JSON string; null for none.</param>
    public Item(string itemId, string? properties)
        : this(itemId) => Properties = properties;

    /// <summary><c>itemId</c>.</summary>
    public string ItemId { get; }

    /// <summary>
    /// <c>properties</c>: a flat JSON object of the Items dataset's metadata fields under their camelCase names,
    /// every value a string (<c>{"numberOfRatings":"12"}</c>), 1 to 32,000 characters; null for none.
    /// </summary>
    public string? Properties { get; init; }

    /// <summary>Set by generated code, whose properties writer cannot write a shape the service refuses: only the length is checked.</summary>
    internal bool PropertiesFromSchemaWriter { get; init; }

    string IDatasetRecord.Id => ItemId;

    bool IDatasetRecord.PropertiesFromSchemaWriter => PropertiesFromSchemaWriter;
}
