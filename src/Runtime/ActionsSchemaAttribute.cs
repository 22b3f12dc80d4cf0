using System;

namespace SchemaGen;

/// <summary>
/// Marks a <c>partial</c> class, record or struct as an Amazon Personalize Actions schema: ACTION_ID and at least one metadata field (at most 10); the reserved CREATION_TIMESTAMP, VALUE, REPEAT_FREQUENCY, ACTION_EXPIRATION_TIMESTAMP and TYPE. Custom dataset groups only.
/// At compile time SchemaGen adds the Avro schema (<c>AvroSchemaJson</c>), the PutActions record (<c>ToAction</c>), its reader
/// and builder, the bulk-import CSV writer, and registers the type in the assembly's <c>SchemaGen.SchemaRegistry</c>.
/// </summary>
/// <remarks>
/// Every public instance property with a public getter becomes a schema field, in declaration order.
/// See <c>docs/datasets.md</c> for the fields each dataset type requires and reserves.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ActionsSchemaAttribute : Attribute
{
    /// <summary>
    /// The schema's name, used in the registry and in generated file names; defaults to the type's name.
    /// It follows the rules of <c>CreateSchema</c>'s <c>name</c>: 1 to 63 characters, letters, digits, <c>-</c>
    /// and <c>_</c>, starting with a letter or digit. The Avro record name is always <c>Actions</c>.
    /// </summary>
    public string? Name { get; set; }
}
