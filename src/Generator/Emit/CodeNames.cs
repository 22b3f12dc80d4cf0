using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>Names and literals as they appear in generated code.</summary>
internal static class CodeNames
{
    public const string Serialization = "global::SchemaGen.Serialization";

    /// <summary>An identifier, escaped with <c>@</c> when it is a keyword (<c>@event</c>).</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword
            ? "@" + name
            : name;

    /// <summary>A C# string literal.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary><c>this.Property</c>.</summary>
    public static string Member(FieldModel field) => "this." + Identifier(field.PropertyName);

    /// <summary>The private nested class holding generated plumbing; see <see cref="GeneratedNames.HelpersClass"/>.</summary>
    public const string Helpers = GeneratedNames.HelpersClass;

    /// <summary>
    /// The local holding a field's value while an instance is read back. Generated locals start with <c>__</c> and
    /// a prefix per role (<c>__field_</c>, <c>__text_</c>, <c>__value_</c>, <c>__enum_</c>), or are one of a few fixed
    /// names that start with none of these prefixes, so no property name can make two of them meet.
    /// </summary>
    public static string Local(FieldModel field) => "__field_" + field.PropertyName;

    /// <summary>The helper field holding a field's pre-encoded <c>properties</c> key (keys are unique per schema).</summary>
    public static string KeyField(string propertiesKey) => Helpers + ".Key_" + propertiesKey;

    public static string FormatEnumMethod(FieldModel field) => Helpers + ".Format_" + field.PropertiesKey;

    public static string ParseEnumMethod(FieldModel field) => Helpers + ".Parse_" + field.PropertiesKey;

    /// <summary>The helper field holding the schema's declared event types.</summary>
    public const string DeclaredEventTypes = Helpers + ".DeclaredEventTypes";

    /// <summary>The name of a helper member, without the class.</summary>
    public static string HelperMemberName(string qualified) => qualified.Substring(Helpers.Length + 1);

    /// <summary>Whether a string-sequence property is a <c>List&lt;string&gt;</c>, which an array cannot be assigned to.</summary>
    public static bool IsList(FieldModel field) =>
        field.ValueTypeName.StartsWith("global::System.Collections.Generic.List<", System.StringComparison.Ordinal);
}
