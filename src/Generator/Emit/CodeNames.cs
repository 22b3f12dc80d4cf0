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

    /// <summary>The local holding a field's value while an instance is read back.</summary>
    public static string Local(FieldModel field) => "__" + field.PropertyName;

    /// <summary>The static field holding a field's pre-encoded <c>properties</c> key.</summary>
    public static string KeyField(string propertiesKey) => "s_key_" + propertiesKey;

    public static string FormatEnumMethod(FieldModel field) => "__Format" + field.PropertyName;

    public static string ParseEnumMethod(FieldModel field) => "__Parse" + field.PropertyName;

    /// <summary>Whether a string-sequence property is a <c>List&lt;string&gt;</c>, which an array cannot be assigned to.</summary>
    public static bool IsList(FieldModel field) =>
        field.ValueTypeName.StartsWith("global::System.Collections.Generic.List<", System.StringComparison.Ordinal);
}
