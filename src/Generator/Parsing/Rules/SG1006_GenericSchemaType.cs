using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1006: a schema has one fixed set of fields, so neither the type nor one around it may be generic.</summary>
internal static class GenericSchemaTypeRule
{
    /// <returns>True when no type of the nesting is generic.</returns>
    public static bool Check(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenericSchemaType, LocationInfo.From(type), type.Name));
                return false;
            }
        }

        return true;
    }
}
