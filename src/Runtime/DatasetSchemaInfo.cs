using System;
using System.Collections.Generic;

namespace SchemaGen;

/// <summary>
/// What the generator knows about one schema type of any dataset type: its name, dataset type and domain, the Avro
/// schema JSON and the field names in schema (and CSV column) order.
/// </summary>
public class DatasetSchemaInfo
{
    /// <summary>Created by generated code; one instance per schema type.</summary>
    public DatasetSchemaInfo(
        string name,
        Type schemaType,
        PersonalizeDatasetType datasetType,
        PersonalizeDomain domain,
        string avroSchemaJson,
        IReadOnlyList<string> fieldNames,
        IReadOnlyList<string> eventTypes)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        SchemaType = schemaType ?? throw new ArgumentNullException(nameof(schemaType));
        DatasetType = datasetType;
        Domain = domain;
        AvroSchemaJson = avroSchemaJson ?? throw new ArgumentNullException(nameof(avroSchemaJson));
        FieldNames = fieldNames ?? throw new ArgumentNullException(nameof(fieldNames));
        EventTypes = eventTypes ?? throw new ArgumentNullException(nameof(eventTypes));
    }

    /// <summary>The schema name: the schema attribute's <c>Name</c>, or the type name.</summary>
    public string Name { get; }

    /// <summary>The C# type marked with the schema attribute.</summary>
    public Type SchemaType { get; }

    /// <summary>The dataset type the schema describes, which is also its Avro record's name.</summary>
    public PersonalizeDatasetType DatasetType { get; }

    /// <summary>The domain of the dataset group the schema is for; <see cref="PersonalizeDomain.None"/> for a custom one.</summary>
    public PersonalizeDomain Domain { get; }

    /// <summary>The Avro schema JSON, as <c>CreateSchema</c>'s <c>schema</c> member takes it.</summary>
    public string AvroSchemaJson { get; }

    /// <summary>The Avro field names in declaration order, which is also the bulk-import CSV column order.</summary>
    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>The declared event types (Interactions and Action interactions schemas); empty when none.</summary>
    public IReadOnlyList<string> EventTypes { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
