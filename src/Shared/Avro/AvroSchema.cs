using System.Collections.Generic;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Avro;

/// <summary>One field of a Personalize schema, as <see cref="AvroSchemaReader"/> read it.</summary>
/// <param name="Name">The Avro field name, such as <c>NUM_RATINGS</c>.</param>
/// <param name="Type">The Avro primitive type: string, int, long, float, double or boolean.</param>
/// <param name="Nullable">Whether the type is a union with <c>null</c>.</param>
/// <param name="Categorical">Whether the field is marked <c>"categorical": true</c>.</param>
/// <param name="Textual">Whether the field is marked <c>"textual": true</c>.</param>
internal sealed record AvroField(string Name, string Type, bool Nullable, bool Categorical, bool Textual)
{
    /// <summary>The key of this field inside a data-plane <c>properties</c> object: <c>NUM_RATINGS</c> → <c>numRatings</c>.</summary>
    public string PropertiesKey { get; } = FieldNaming.ToPropertiesKey(Name);
}

/// <summary>A Personalize schema that follows every rule of its dataset type and domain: its fields in schema order.</summary>
internal sealed class AvroSchema
{
    public AvroSchema(DatasetType dataset, SchemaDomain? domain, IReadOnlyList<AvroField> fields)
    {
        Dataset = dataset;
        Domain = domain;
        Fields = fields;
    }

    /// <summary>The dataset type, which the record's name says.</summary>
    public DatasetType Dataset { get; }

    /// <summary>The domain the schema was read for; null for a custom dataset group's.</summary>
    public SchemaDomain? Domain { get; }

    /// <summary>The fields in schema order, which is the bulk-import CSV's column order.</summary>
    public IReadOnlyList<AvroField> Fields { get; }

    public AvroField? Field(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }
}

/// <summary>
/// A schema rule an Avro schema breaks, with the id of the generator's rule that refuses the same declaration
/// (<c>SG1007</c>), or null for a rule of Avro's own (the text is not a record).
/// </summary>
internal sealed class AvroSchemaException : System.Exception
{
    public AvroSchemaException(string? ruleId, string reason)
        : base(reason)
    {
        RuleId = ruleId;
        Reason = reason;
    }

    public string? RuleId { get; }

    /// <summary>What is wrong, naming the field and the rule, without the rule id.</summary>
    public string Reason { get; }
}
