using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1023: schema instances are boxed, batched and stored, which a ref struct cannot be.</summary>
internal static class RefStructSchemaTypeRule
{
    /// <returns>True when the type is not a ref struct.</returns>
    public static bool Check(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        if (!type.IsRefLikeType)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RefStructSchemaType, LocationInfo.From(type), type.Name));
        return false;
    }
}
