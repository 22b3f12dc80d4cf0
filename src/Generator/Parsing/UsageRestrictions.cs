using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// What the compiler says when code uses a symbol marked <c>[Obsolete]</c> or <c>[Experimental]</c>. Generated code
/// uses the schema type's properties, their types and the constructor it reads instances back through, so it
/// must either suppress those diagnostics or not use the symbol: a plain <c>[Obsolete]</c> raises CS0612/CS0618
/// (suppressed in every generated file), one with a <c>DiagnosticId</c> and every <c>[Experimental]</c> raise their
/// own id (suppressed per schema), and <c>[Obsolete(message, true)]</c> raises CS0619, an error no pragma lifts.
/// </summary>
internal static class UsageRestrictions
{

    /// <summary>True when using the symbol is error CS0619: <c>[Obsolete(message, error: true)]</c>.</summary>
    public static bool IsObsoleteError(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsObsolete(attribute.AttributeClass)
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[1].Value is true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the diagnostic ids a use of <paramref name="symbol"/> raises beyond CS0612/CS0618: an
    /// <c>[Obsolete]</c> <c>DiagnosticId</c> and an <c>[Experimental]</c> id. Ids a pragma cannot name are left out.
    /// </summary>
    public static void CollectDiagnosticIds(ISymbol? symbol, ISet<string> ids)
    {
        if (symbol is null)
        {
            return;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            string? id = null;
            if (IsExperimental(attribute.AttributeClass) && attribute.ConstructorArguments.Length == 1)
            {
                id = attribute.ConstructorArguments[0].Value as string;
            }
            else if (IsObsolete(attribute.AttributeClass))
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == "DiagnosticId")
                    {
                        id = argument.Value.Value as string;
                    }
                }
            }

            AddId(id, ids);
        }
    }

    // Compared by name and namespace, not by display string: this runs for every attribute of every field on every edit.
    public static bool IsObsolete(INamedTypeSymbol? type) =>
        type is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    public static bool IsExperimental(INamedTypeSymbol? type) =>
        type is
        {
            Name: "ExperimentalAttribute",
            ContainingNamespace:
            {
                Name: "CodeAnalysis",
                ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } },
            },
        };

    /// <summary>
    /// What an <c>[Obsolete]</c> or <c>[Experimental]</c> written on a member says, read from its syntax as
    /// <see cref="IsObsoleteError"/> and <see cref="CollectDiagnosticIds"/> read it from the bound attribute: the
    /// error flag, and the id a use raises. False when an argument that decides them is not a literal.
    /// </summary>
    public static bool TryReadSyntax(AttributeSyntax attribute, bool isObsolete, ICollection<string> ids, ref bool isObsoleteError)
    {
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        var positional = 0;
        foreach (var argument in arguments)
        {
            if (argument.NameColon is not null)
            {
                return false;
            }

            if (argument.NameEquals is { } named)
            {
                if (named.Name.Identifier.ValueText == "DiagnosticId" && isObsolete)
                {
                    if (!TryReadString(argument.Expression, out var namedId))
                    {
                        return false;
                    }

                    AddId(namedId, ids);
                }

                continue;
            }

            positional++;
            if (!isObsolete && positional == 1)
            {
                if (!TryReadString(argument.Expression, out var experimentalId))
                {
                    return false;
                }

                AddId(experimentalId, ids);
            }
            else if (isObsolete && positional == 2)
            {
                if (argument.Expression is not LiteralExpressionSyntax literal || !(literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression)))
                {
                    return false;
                }

                isObsoleteError |= literal.IsKind(SyntaxKind.TrueLiteralExpression);
            }
        }

        return true;
    }

    private static bool TryReadString(ExpressionSyntax expression, out string? value)
    {
        value = null;
        if (expression is LiteralExpressionSyntax literal && (literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.NullLiteralExpression)))
        {
            value = literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
            return true;
        }

        return false;
    }

    private static void AddId(string? id, ICollection<string> ids)
    {
        if (id is not null && SyntaxFacts.IsValidIdentifier(id))
        {
            ids.Add(id);
        }
    }

    /// <summary>The ids raised by using a type: itself, its element or type arguments, and their containers.</summary>
    public static void CollectTypeDiagnosticIds(ITypeSymbol type, ISet<string> ids)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                CollectTypeDiagnosticIds(array.ElementType, ids);
                return;
            case INamedTypeSymbol named:
                for (var current = named; current is not null; current = current.ContainingType)
                {
                    CollectDiagnosticIds(current, ids);
                }

                foreach (var argument in named.TypeArguments)
                {
                    CollectTypeDiagnosticIds(argument, ids);
                }

                return;
        }
    }
}
