using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>Finds a schema attribute (<c>[InteractionsSchema]</c>, <c>[ItemsSchema]</c>, …) on a type.</summary>
internal static class SchemaAttribute
{
    /// <summary>The first schema attribute on the type, of any dataset type; null when it has none.</summary>
    public static AttributeData? Find(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (IsSchemaAttributeClass(attribute.AttributeClass))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>
    /// The schema attributes on the type of another dataset type than the first, which SG1025 reports; the same
    /// attribute written twice is the compiler's to report (CS0579).
    /// </summary>
    public static List<AttributeData> Others(INamedTypeSymbol type, AttributeData first)
    {
        var others = new List<AttributeData>();
        foreach (var attribute in type.GetAttributes())
        {
            if (IsSchemaAttributeClass(attribute.AttributeClass) && !SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, first.AttributeClass))
            {
                others.Add(attribute);
            }
        }

        return others;
    }

    /// <summary>
    /// The schema attribute written on one declaration of the type, matched by name and namespace as
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

    /// <summary>Whether a type is one of SchemaGen's schema attributes (<c>SchemaGen.InteractionsSchemaAttribute</c>, …), told by name and namespace.</summary>
    public static bool IsSchemaAttributeClass(INamedTypeSymbol? type) =>
        type is { ContainingNamespace: { Name: KnownNames.RuntimeNamespace, ContainingNamespace.IsGlobalNamespace: true } }
        && KnownNames.DatasetOfAttribute(type.Name) is not null;

    public static LocationInfo? Location(AttributeData? attribute) =>
        attribute?.ApplicationSyntaxReference is { } reference
            ? LocationInfo.From(Microsoft.CodeAnalysis.Location.Create(reference.SyntaxTree, reference.Span))
            : null;
}
