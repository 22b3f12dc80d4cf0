using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Parsing;

/// <summary>Finds <c>[InteractionsSchema]</c> on a type, for analyzers that start from symbols.</summary>
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
}
