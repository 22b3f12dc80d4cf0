using System;

namespace SchemaGen;

/// <summary>
/// Marks a <c>partial</c> class, record or struct as an Amazon Personalize Action interactions schema: USER_ID, ACTION_ID, TIMESTAMP and EVENT_TYPE, at most 5 metadata fields; the reserved IMPRESSION and RECOMMENDATION_ID. Custom dataset groups only.
/// At compile time SchemaGen adds the Avro schema (<c>AvroSchemaJson</c>), the PutActionInteractions record (<c>ToActionInteraction</c>), its reader
/// and builder, the bulk-import CSV writer, and registers the type in the assembly's <c>SchemaGen.SchemaRegistry</c>.
/// </summary>
/// <remarks>
/// Every public instance property with a public getter becomes a schema field, in declaration order.
/// See <c>docs/datasets.md</c> for the fields each dataset type requires and reserves.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ActionInteractionsSchemaAttribute : Attribute
{
    /// <summary>
    /// The schema's name, used in the registry and in generated file names; defaults to the type's name.
    /// It follows the rules of <c>CreateSchema</c>'s <c>name</c>: 1 to 63 characters, letters, digits, <c>-</c>
    /// and <c>_</c>, starting with a letter or digit. The Avro record name is always <c>ActionInteractions</c>.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// The event types this schema records: <c>Viewed</c>, <c>Taken</c> and <c>Not taken</c> are the ones Amazon
    /// Personalize knows for action interactions.
    /// </summary>
    public string[]? EventTypes { get; set; }
}
