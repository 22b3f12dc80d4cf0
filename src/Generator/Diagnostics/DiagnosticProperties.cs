namespace SchemaGen.Generator.Diagnostics;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that code fixes read.</summary>
public static class DiagnosticProperties
{
    /// <summary>The schema field a diagnostic is about, such as <c>TIMESTAMP</c>.</summary>
    public const string FieldName = nameof(FieldName);

    /// <summary>The C# property a code fix adds.</summary>
    public const string PropertyName = nameof(PropertyName);

    /// <summary>The C# type of the property a code fix adds.</summary>
    public const string PropertyType = nameof(PropertyType);

    /// <summary>The properties of every required field of the schema, in field order, comma-separated: where a code fix inserts.</summary>
    public const string RequiredProperties = nameof(RequiredProperties);

    /// <summary>The SchemaGen attribute the property a code fix adds must carry (<c>Categorical</c>, <c>Textual</c>); absent for none.</summary>
    public const string Attribute = nameof(Attribute);

    /// <summary>The value a code fix writes, such as an event type.</summary>
    public const string Replacement = nameof(Replacement);

    /// <summary>The path of the shipped schema file a code fix rewrites.</summary>
    public const string ShippedSchemaPath = nameof(ShippedSchemaPath);

    /// <summary>The schema type's Avro schema JSON, as its generated <c>AvroSchemaJson</c> holds it.</summary>
    public const string AvroSchemaJson = nameof(AvroSchemaJson);

    /// <summary>How a code fix turns milliseconds into seconds (<c>ToUnixTimeSeconds</c>, <c>DropFactor</c>, <c>Divide</c>, <c>FromTicks</c>).</summary>
    public const string SecondsFix = nameof(SecondsFix);
}
