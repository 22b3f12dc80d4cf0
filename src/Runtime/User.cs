using System;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// One user of a PutUsers call, member for member the service model's <c>User</c> shape. Generated
/// <c>ToUser</c> methods create it from a schema instance.
/// </summary>
public sealed class User : IDatasetRecord
{
    /// <param name="userId">The user id: 1 to 256 characters.</param>
    public User(string userId) => UserId = userId ?? throw new ArgumentNullException(nameof(userId));

    /// <summary>Creates the record with every member of the service model's <c>User</c> at once.</summary>
    /// <param name="userId">The user id: 1 to 256 characters.</param>
    /// <param name="properties">The <c>properties</c> JSON string; null for none.</param>
    public User(string userId, string? properties)
        : this(userId) => Properties = properties;

    /// <summary><c>userId</c>.</summary>
    public string UserId { get; }

    /// <summary>
    /// <c>properties</c>: a flat JSON object of the Users dataset's metadata fields under their camelCase names,
    /// every value a string (<c>{"numberOfRatings":"12"}</c>), 1 to 24,000 characters; null for none.
    /// </summary>
    public string? Properties { get; init; }

    /// <summary>Set by generated code, whose properties writer cannot write a shape the service refuses: only the length is checked.</summary>
    internal bool PropertiesFromSchemaWriter { get; init; }

    string IDatasetRecord.Id => UserId;

    bool IDatasetRecord.PropertiesFromSchemaWriter => PropertiesFromSchemaWriter;
}
