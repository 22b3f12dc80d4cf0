using System;

namespace SchemaGen;

/// <summary>
/// Marks a <c>partial</c> class, record or struct as an Amazon Personalize Items schema: ITEM_ID, at least one metadata field (at most 100), and optionally CREATION_TIMESTAMP and one <see cref="TextualAttribute"/> field.
/// At compile time SchemaGen adds the Avro schema (<c>AvroSchemaJson</c>), the PutItems record (<c>ToItem</c>), its reader
/// and builder, the bulk-import CSV writer, and registers the type in the assembly's <c>SchemaGen.SchemaRegistry</c>.
/// </summary>
/// <remarks>
/// Every public instance property with a public getter becomes a schema field, in declaration order.
/// See <c>docs/datasets.md</c> for the fields each dataset type requires and reserves.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ItemsSchemaAttribute : Attribute
{
    /// <summary>
    /// The schema's name, used in the registry and in generated file names; defaults to the type's name.
    /// It follows the rules of <c>CreateSchema</c>'s <c>name</c>: 1 to 63 characters, letters, digits, <c>-</c>
    /// and <c>_</c>, starting with a letter or digit. The Avro record name is always <c>Items</c>.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// The domain of the dataset group the schema is for; <see cref="PersonalizeDomain.None"/> (a custom dataset group)
    /// by default. A domain adds required fields and gives its reserved fields fixed types.
    /// </summary>
    public PersonalizeDomain Domain { get; set; }
}
