using System;
using System.Collections.Generic;

namespace SchemaGen;

/// <summary>
/// What the generator knows about one Interactions schema type: its name, the Avro schema JSON and the
/// field names in schema (and CSV column) order.
/// </summary>
public sealed class InteractionsSchemaInfo
{
    /// <summary>Created by generated code; one instance per schema type.</summary>
    public InteractionsSchemaInfo(
        string name,
        Type schemaType,
        string avroSchemaJson,
        IReadOnlyList<string> fieldNames,
        IReadOnlyList<string> eventTypes)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        SchemaType = schemaType ?? throw new ArgumentNullException(nameof(schemaType));
        AvroSchemaJson = avroSchemaJson ?? throw new ArgumentNullException(nameof(avroSchemaJson));
        FieldNames = fieldNames ?? throw new ArgumentNullException(nameof(fieldNames));
        EventTypes = eventTypes ?? throw new ArgumentNullException(nameof(eventTypes));
    }

    /// <summary>The schema name: <c>InteractionsSchemaAttribute.Name</c>, or the type name.</summary>
    public string Name { get; }

    /// <summary>The C# type marked with <see cref="InteractionsSchemaAttribute"/>.</summary>
    public Type SchemaType { get; }

    /// <summary>The Avro schema JSON, as <c>CreateSchema</c>'s <c>schema</c> member takes it.</summary>
    public string AvroSchemaJson { get; }

    /// <summary>The Avro field names in declaration order, which is also the bulk-import CSV column order.</summary>
    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>The declared event types (<c>InteractionsSchemaAttribute.EventTypes</c>); empty when none.</summary>
    public IReadOnlyList<string> EventTypes { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
