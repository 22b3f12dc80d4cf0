namespace SchemaGen.Generator.Model;

/// <summary>One schema field, derived from one property.</summary>
/// <param name="PropertyName">The C# property name.</param>
/// <param name="PropertyTypeName">The property's fully qualified type, as written in generated code.</param>
/// <param name="FieldName">The Avro field name (also the CSV column header).</param>
internal sealed record FieldModel(
    string PropertyName,
    string PropertyTypeName,
    string FieldName,
    ValueKind ValueKind,
    AvroType AvroType,
    bool IsNullable,
    bool IsCategorical);
