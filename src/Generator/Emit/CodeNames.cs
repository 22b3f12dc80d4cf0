using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>Names and literals as they appear in generated code.</summary>
internal static class CodeNames
{
    public const string Serialization = "global::SchemaGen.Serialization";

    /// <summary>An identifier, escaped with <c>@</c> when it is a keyword (<c>@event</c>).</summary>
    public static IdentifierCode Identifier(string name) => new(name);

    /// <summary>A C# string literal.</summary>
    public static LiteralCode Literal(string value) => new(value);

    /// <summary><c>this.Property</c>.</summary>
    public static MemberCode Member(FieldModel field) => new(field);

    /// <summary>The private nested class holding generated plumbing; see <see cref="GeneratedNames.HelpersClass"/>.</summary>
    public const string Helpers = GeneratedNames.HelpersClass;

    /// <summary>
    /// The local holding a field's value while an instance is read back. Generated locals start with <c>__</c> and
    /// a prefix per role (<c>__field_</c>, <c>__text_</c>, <c>__value_</c>, <c>__enum_</c>), or are one of a few fixed
    /// names that start with none of these prefixes, so no property name can make two of them meet.
    /// </summary>
    public static NameCode Local(FieldModel field) => new("__field_", field.PropertyName);

    /// <summary>The local a null test binds a nullable field's present value to.</summary>
    public static NameCode ValueLocal(FieldModel field) => new("__value_", field.PropertyName);

    /// <summary>The local a nullable field's <c>properties</c> text is read into.</summary>
    public static NameCode TextLocal(FieldModel field) => new("__text_", field.PropertyName);

    /// <summary>The local a null test binds a nullable enum field's present value to, in a CSV cell.</summary>
    public static NameCode EnumLocal(FieldModel field) => new("__enum_", field.PropertyName);

    private const string KeyPrefix = "Key_";
    private const string FormatPrefix = "Format_";
    private const string ParsePrefix = "Parse_";

    /// <summary>The helper field holding a field's pre-encoded <c>properties</c> key (keys are unique per schema).</summary>
    public static NameCode KeyField(string propertiesKey) => new(Helpers + "." + KeyPrefix, propertiesKey);

    public static NameCode FormatEnumMethod(FieldModel field) => new(Helpers + "." + FormatPrefix, field.PropertiesKey);

    public static NameCode ParseEnumMethod(FieldModel field) => new(Helpers + "." + ParsePrefix, field.PropertiesKey);

    /// <summary>The helper members above as they are declared, without the class.</summary>
    public static NameCode DeclaredKeyField(string propertiesKey) => new(KeyPrefix, propertiesKey);

    public static NameCode DeclaredFormatEnumMethod(FieldModel field) => new(FormatPrefix, field.PropertiesKey);

    public static NameCode DeclaredParseEnumMethod(FieldModel field) => new(ParsePrefix, field.PropertiesKey);

    private const string DeclaredEventTypesName = "DeclaredEventTypes";

    /// <summary>The helper field holding the schema's declared event types.</summary>
    public const string DeclaredEventTypes = Helpers + "." + DeclaredEventTypesName;

    /// <summary><see cref="DeclaredEventTypes"/> as it is declared.</summary>
    public const string DeclaredEventTypesField = DeclaredEventTypesName;

    /// <summary>Whether a string-sequence property is a <c>List&lt;string&gt;</c>, which an array cannot be assigned to.</summary>
    public static bool IsList(FieldModel field) =>
        field.ValueTypeName.StartsWith("global::System.Collections.Generic.List<", System.StringComparison.Ordinal);
}
