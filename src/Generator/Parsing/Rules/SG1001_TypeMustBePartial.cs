using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1001: the schema type, and every type it is nested in, must be partial for members to be added.</summary>
internal static class TypeMustBePartialRule
{
    public static void Check(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (IsPartial(current, cancellationToken))
            {
                continue;
            }

            var target = SymbolEqualityComparer.Default.Equals(current, type)
                ? "it"
                : "its nested schema type '" + type.Name + "'";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeMustBePartial, LocationInfo.From(current), current.Name, target));
        }
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }
}
