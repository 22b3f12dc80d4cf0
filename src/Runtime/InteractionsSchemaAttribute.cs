using System;

namespace SchemaGen;

/// <summary>
/// Marks a <c>partial</c> class, record or struct as an Amazon Personalize Interactions schema.
/// At compile time SchemaGen adds the Avro schema (<c>AvroSchemaJson</c>) and registers the type in the
/// assembly's <c>SchemaGen.SchemaRegistry</c>.
/// </summary>
/// <remarks>
/// Every public instance property with a public getter becomes a schema field, in declaration order.
/// See <c>docs/mapping.md</c> for how property names and types map to Avro fields.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class InteractionsSchemaAttribute : Attribute
{
    /// <summary>
    /// The event types this schema records (for example <c>"like"</c> and <c>"rating"</c>).
    /// Each is sent as <c>eventType</c> and must be 1 to 256 characters long.
    /// </summary>
    public string[]? EventTypes { get; set; }

    /// <summary>
    /// The schema's name, used in the registry and in generated file names; defaults to the type's name.
    /// It follows the rules of <c>CreateSchema</c>'s <c>name</c>: 1 to 63 characters, letters, digits, <c>-</c>
    /// and <c>_</c>, starting with a letter or digit. The Avro record name is always <c>Interactions</c>.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// Also writes <c>itemId</c> and <c>eventValue</c> into the PutEvents <c>properties</c> string, as some AWS
    /// examples do (<c>{"itemId":"movie_ten","eventValue":"4","numRatings":"13"}</c>). Off by default: both are
    /// first-class members of an event and are always sent there.
    /// </summary>
    public bool InlineItemAndValue { get; set; }

    /// <summary>
    /// The domain of the dataset group the schema is for; <see cref="PersonalizeDomain.None"/> (a custom dataset group)
    /// by default. A domain's Interactions schema needs an EVENT_TYPE field.
    /// </summary>
    public PersonalizeDomain Domain { get; set; }
}
