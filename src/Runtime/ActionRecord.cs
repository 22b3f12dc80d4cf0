using System;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// One action of a PutActions call, member for member the service model's <c>Action</c> shape (named so that it does
/// not meet <see cref="System.Action"/> in a file that uses both namespaces). Generated
/// <c>ToAction</c> methods create it from a schema instance.
/// </summary>
public sealed class ActionRecord : IDatasetRecord
{
    /// <param name="actionId">The action id: 1 to 256 characters.</param>
    public ActionRecord(string actionId) => ActionId = actionId ?? throw new ArgumentNullException(nameof(actionId));

    /// <summary>Creates the record with every member of the service model's <c>Action</c> at once.</summary>
    /// <param name="actionId">The action id: 1 to 256 characters.</param>
    /// <param name="properties">The <c>properties</c> JSON string; null for none.</param>
    public ActionRecord(string actionId, string? properties)
        : this(actionId) => Properties = properties;

    /// <summary><c>actionId</c>.</summary>
    public string ActionId { get; }

    /// <summary>
    /// <c>properties</c>: a flat JSON object of the Actions dataset's metadata fields under their camelCase names,
    /// every value a string (<c>{"numberOfRatings":"12"}</c>), 1 to 32,000 characters; null for none.
    /// </summary>
    public string? Properties { get; init; }

    /// <summary>Set by generated code, whose properties writer cannot write a shape the service refuses: only the length is checked.</summary>
    internal bool PropertiesFromSchemaWriter { get; init; }

    string IDatasetRecord.Id => ActionId;

    bool IDatasetRecord.PropertiesFromSchemaWriter => PropertiesFromSchemaWriter;
}
