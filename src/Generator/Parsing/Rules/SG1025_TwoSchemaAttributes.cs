using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1025: a type carries one schema attribute: its records belong to one dataset type.</summary>
internal static class TwoSchemaAttributesRule
{
    /// <returns>False when the type carries another schema attribute besides <paramref name="first"/> (an error).</returns>
    public static bool Check(INamedTypeSymbol type, AttributeData first, List<DiagnosticInfo> diagnostics)
    {
        var others = SchemaAttribute.Others(type, first);
        foreach (var other in others)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TwoSchemaAttributes,
                SchemaAttribute.Location(other) ?? LocationInfo.From(type),
                type.Name,
                WrittenName(first),
                WrittenName(other)));
        }

        return others.Count == 0;
    }

    private static string WrittenName(AttributeData attribute)
    {
        var name = attribute.AttributeClass?.Name ?? string.Empty;
        return name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}
