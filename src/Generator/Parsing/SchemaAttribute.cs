using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>Finds <c>[InteractionsSchema]</c> on a type, and reads its arguments.</summary>
internal static class SchemaAttribute
{
    public static AttributeData? Find(INamedTypeSymbol type, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>Whether the attribute sets <c>InlineItemAndValue = true</c>.</summary>
    public static bool InlinesItemAndValue(AttributeData? attribute) =>
        NamedArgument(attribute, KnownNames.InlineItemAndValueArgument) is { Kind: TypedConstantKind.Primitive, Value: true };

    public static TypedConstant? NamedArgument(AttributeData? attribute, string name)
    {
        if (attribute is null)
        {
            return null;
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    public static LocationInfo? Location(AttributeData? attribute) =>
        attribute?.ApplicationSyntaxReference is { } reference
            ? LocationInfo.From(Microsoft.CodeAnalysis.Location.Create(reference.SyntaxTree, reference.Span))
            : null;
}
