using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>The SchemaGen attributes found on one property, by either reader.</summary>
internal sealed class PropertyAttributes
{
    /// <summary>A property without any SchemaGen attribute.</summary>
    public static readonly PropertyAttributes None = new();

    public bool IsIgnored { get; set; }

    public bool IsCategorical { get; set; }

    public LocationInfo? CategoricalLocation { get; set; }

    public bool IsTextual { get; set; }

    public LocationInfo? TextualLocation { get; set; }

    /// <summary>The name given by <c>[SchemaField]</c>, or null when the attribute is absent.</summary>
    public string? FieldName { get; set; }

    public LocationInfo? FieldNameLocation { get; set; }

    /// <summary>An attribute argument does not bind yet (half-typed code); the compiler reports it.</summary>
    public bool IsUnresolved { get; set; }

    /// <summary>The attributes of a property symbol, as the compiler bound them.</summary>
    public static PropertyAttributes Read(IPropertySymbol property)
    {
        var result = new PropertyAttributes();
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass is not { ContainingNamespace: { Name: KnownNames.RuntimeNamespace, ContainingNamespace.IsGlobalNamespace: true } } attributeClass)
            {
                continue;
            }

            switch (attributeClass.Name)
            {
                case KnownNames.SchemaIgnoreAttribute:
                    result.IsIgnored = true;
                    break;
                case KnownNames.CategoricalAttribute:
                    result.IsCategorical = true;
                    result.CategoricalLocation = SchemaAttribute.Location(attribute);
                    break;
                case KnownNames.TextualAttribute:
                    result.IsTextual = true;
                    result.TextualLocation = SchemaAttribute.Location(attribute);
                    break;
                case KnownNames.SchemaFieldAttribute:
                    if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
                    {
                        result.IsUnresolved = true;
                        break;
                    }

                    // An explicit null leaves an empty name, which the parser reports as invalid.
                    result.FieldName = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
                    result.FieldNameLocation = SchemaAttribute.Location(attribute);
                    break;
            }
        }

        return result;
    }
}
