using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1024: a schema type with the full name of a type a reference declares in the runtime's namespaces takes that
/// name's place in its own compilation — the compiler prefers a source type to an imported one — so generated code
/// naming the runtime type (<c>global::SchemaGen.Serialization.FieldFormat</c>) would find the schema type instead;
/// one with the full name of a type SchemaGen generates (<c>SchemaGen.SchemaRegistry</c>) would meet its declaration.
/// </summary>
internal static class SchemaTypeNamedLikeRuntimeTypeRule
{
    /// <returns>True when no referenced type under the runtime's namespace has the type's full name.</returns>
    public static bool Check(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        // Only a top-level type under SchemaGen can meet a runtime type's name: every other schema pays one check.
        if (type.ContainingType is not null
            || !IsUnderRuntimeNamespace(type.ContainingNamespace)
            || type.ContainingAssembly is not ISourceAssemblySymbol { Compilation: var compilation })
        {
            return true;
        }

        var metadataName = type.MetadataName;
        for (var ns = type.ContainingNamespace; !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            metadataName = ns.Name + "." + metadataName;
        }

        if (type.ContainingNamespace.ContainingNamespace.IsGlobalNamespace
            && System.Array.IndexOf(GeneratedNames.RuntimeNamespaceTypes, type.MetadataName) >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaTypeNamedLikeRuntimeType, LocationInfo.From(type), type.Name, metadataName, "a type SchemaGen generates"));
            return false;
        }

        foreach (var candidate in compilation.GetTypesByMetadataName(metadataName))
        {
            if (!SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, type.ContainingAssembly))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.SchemaTypeNamedLikeRuntimeType,
                    LocationInfo.From(type),
                    type.Name,
                    metadataName,
                    "a type in '" + candidate.ContainingAssembly.Name + "'"));
                return false;
            }
        }

        return true;
    }

    private static bool IsUnderRuntimeNamespace(INamespaceSymbol ns)
    {
        var outermost = ns;
        while (outermost.ContainingNamespace is { IsGlobalNamespace: false } outer)
        {
            outermost = outer;
        }

        return !ns.IsGlobalNamespace && outermost.Name == KnownNames.RuntimeNamespace;
    }
}
