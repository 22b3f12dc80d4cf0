using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>Finds <c>[InteractionsSchema]</c> on a type.</summary>
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

    /// <summary>
    /// The <c>[InteractionsSchema]</c> written on one declaration of the type, matched by name and namespace as
    /// <c>ForAttributeWithMetadataName</c> matches it; null when none there binds to it.
    /// </summary>
    public static AttributeData? FindOn(INamedTypeSymbol type, SyntaxNode declaration)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (IsSchemaAttributeClass(attribute.AttributeClass)
                && attribute.ApplicationSyntaxReference is { } reference
                && reference.SyntaxTree == declaration.SyntaxTree
                && declaration.Span.Contains(reference.Span))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>Whether a type is <c>SchemaGen.InteractionsSchemaAttribute</c>, told by name and namespace.</summary>
    public static bool IsSchemaAttributeClass(INamedTypeSymbol? type) =>
        type is { Name: KnownNames.InteractionsSchemaAttributeName, ContainingNamespace: { Name: KnownNames.RuntimeNamespace, ContainingNamespace.IsGlobalNamespace: true } };

    public static LocationInfo? Location(AttributeData? attribute) =>
        attribute?.ApplicationSyntaxReference is { } reference
            ? LocationInfo.From(Microsoft.CodeAnalysis.Location.Create(reference.SyntaxTree, reference.Span))
            : null;
}
