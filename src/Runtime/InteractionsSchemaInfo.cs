using System;
using System.Collections.Generic;

namespace SchemaGen;

/// <summary>
/// What the generator knows about one Interactions schema type: its name, the Avro schema JSON, the field names in
/// schema (and CSV column) order and the declared event types, which training configuration checks against.
/// </summary>
public sealed class InteractionsSchemaInfo : DatasetSchemaInfo
{
    /// <summary>Created by generated code; one instance per schema type of a custom dataset group.</summary>
    public InteractionsSchemaInfo(
        string name,
        Type schemaType,
        string avroSchemaJson,
        IReadOnlyList<string> fieldNames,
        IReadOnlyList<string> eventTypes)
        : this(name, schemaType, PersonalizeDomain.None, avroSchemaJson, fieldNames, eventTypes)
    {
    }

    /// <summary>Created by generated code; one instance per schema type.</summary>
    public InteractionsSchemaInfo(
        string name,
        Type schemaType,
        PersonalizeDomain domain,
        string avroSchemaJson,
        IReadOnlyList<string> fieldNames,
        IReadOnlyList<string> eventTypes)
        : base(name, schemaType, PersonalizeDatasetType.Interactions, domain, avroSchemaJson, fieldNames, eventTypes)
    {
    }
}
