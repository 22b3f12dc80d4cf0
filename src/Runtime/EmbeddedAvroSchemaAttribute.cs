using System;
using System.ComponentModel;

namespace SchemaGen;

/// <summary>
/// Records one schema type's Avro schema in the assembly's metadata, so tools (<c>schemagen export</c>) can read every
/// schema of a built assembly without loading or running it. The generator adds one per schema type.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class EmbeddedAvroSchemaAttribute : Attribute
{
    /// <param name="schemaName">The schema's name, as <c>CreateSchema</c> takes it.</param>
    /// <param name="typeName">The schema type's full name.</param>
    /// <param name="avroSchemaJson">The Avro schema JSON, exactly as <c>AvroSchemaJson</c> holds it.</param>
    public EmbeddedAvroSchemaAttribute(string schemaName, string typeName, string avroSchemaJson)
    {
        SchemaName = schemaName;
        TypeName = typeName;
        AvroSchemaJson = avroSchemaJson;
    }

    /// <summary>The schema's name, as <c>CreateSchema</c> takes it.</summary>
    public string SchemaName { get; }

    /// <summary>The schema type's full name.</summary>
    public string TypeName { get; }

    /// <summary>The Avro schema JSON.</summary>
    public string AvroSchemaJson { get; }
}
