using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1019: members are added from another file, which a file-local type (or one nested in it) does not allow.</summary>
internal static class FileLocalSchemaTypeRule
{
    /// <returns>True when no type of the nesting is file-local.</returns>
    public static bool Check(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileLocalSchemaType, LocationInfo.From(current), current.Name));
                return false;
            }
        }

        return true;
    }
}
