namespace SchemaGen.Generator.Model;

/// <summary>One schema field, derived from one property.</summary>
/// <param name="PropertyName">The C# property name.</param>
/// <param name="PropertyTypeName">The property's fully qualified type, as written in generated code.</param>
/// <param name="ValueTypeName">The property's type without <c>?</c>: the type of a present value.</param>
/// <param name="FieldName">The Avro field name (also the CSV column header).</param>
/// <param name="PropertiesKey">The camelCase key of the field in PutEvents <c>properties</c>.</param>
/// <param name="IsTextual">Whether the field is <c>"textual": true</c> (an Items string field marked <c>[Textual]</c>).</param>
/// <param name="IsSettable">Whether generated code in the type can assign the property (a setter or <c>init</c>).</param>
/// <param name="EnumMembers">For enums: one named member per distinct value, in declaration order.</param>
/// <param name="EnumUnderlyingType">For enums: the C# keyword of the underlying type (<c>int</c>, <c>byte</c>, …); else empty.</param>
internal sealed record FieldModel(
    string PropertyName,
    string PropertyTypeName,
    string ValueTypeName,
    string FieldName,
    string PropertiesKey,
    ValueKind ValueKind,
    AvroType AvroType,
    bool IsNullable,
    bool IsCategorical,
    bool IsTextual,
    bool IsSettable,
    EquatableArray<EnumMemberModel> EnumMembers,
    string EnumUnderlyingType);

/// <summary>An enum member as generated code uses it: by its value, never by its name, which may be obsolete or experimental.</summary>
/// <param name="Name">The member's name: the text sent for the value.</param>
/// <param name="ValueLiteral">The member's constant value as a C# literal of the enum's underlying type.</param>
internal sealed record EnumMemberModel(string Name, string ValueLiteral);
