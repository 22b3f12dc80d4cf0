using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Which declarations may carry <c>[InteractionsSchema]</c>, told from syntax: the generator's filter, before anything
/// is bound. An attribute can name SchemaGen's only by its own name — <c>InteractionsSchema</c> or
/// <c>InteractionsSchemaAttribute</c>, qualified or not — or through a using alias; so a declaration is a candidate
/// when one of its attributes is written so, or with the name of an alias in scope. Whether the attribute really is
/// SchemaGen's is for the parse to find.
/// </summary>
internal static class SchemaDeclarations
{
    private const string WrittenName = "InteractionsSchema";
    private const string Suffix = "Attribute";

    /// <summary>The global using aliases of a compilation, declared in any of its files: found once per compilation.</summary>
    private static readonly ConditionalWeakTable<Compilation, HashSet<string>> GlobalAliases = new();

    /// <summary>A class, struct, record or record struct with attributes: the declarations <c>[InteractionsSchema]</c> may be written on.</summary>
    public static bool IsCandidate(SyntaxNode node) =>
        node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax && ((TypeDeclarationSyntax)node).AttributeLists.Count > 0;

    /// <summary>Whether an attribute on the declaration is written with SchemaGen's attribute name, or with an alias's.</summary>
    public static bool MayCarrySchemaAttribute(TypeDeclarationSyntax declaration, Compilation compilation)
    {
        List<string>? simpleNames = null;
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                switch (attribute.Name)
                {
                    case IdentifierNameSyntax identifier when IsSchemaAttributeName(identifier):
                        return true;
                    case IdentifierNameSyntax identifier:
                        (simpleNames ??= new List<string>()).Add(identifier.Identifier.ValueText);
                        break;
                    case QualifiedNameSyntax { Right: IdentifierNameSyntax right } when IsSchemaAttributeName(right):
                    case AliasQualifiedNameSyntax { Name: IdentifierNameSyntax name } when IsSchemaAttributeName(name):
                        return true;
                }
            }
        }

        return simpleNames is not null && (NamesAnAlias(simpleNames, LocalAliases(declaration)) || NamesAnAlias(simpleNames, GlobalAliasesOf(compilation)));
    }

    private static bool IsSchemaAttributeName(IdentifierNameSyntax name) =>
        name.Identifier.ValueText is WrittenName or KnownNames.InteractionsSchemaAttributeName;

    /// <summary>Whether a name written <c>X</c> finds an alias: the compiler looks for <c>X</c> and <c>XAttribute</c>.</summary>
    private static bool NamesAnAlias(List<string> written, ICollection<string> aliases)
    {
        if (aliases.Count == 0)
        {
            return false;
        }

        foreach (var name in written)
        {
            if (aliases.Contains(name) || aliases.Contains(name + Suffix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The aliases the using directives of the declaration's file and namespaces declare.</summary>
    private static HashSet<string> LocalAliases(SyntaxNode declaration)
    {
        var aliases = new HashSet<string>(System.StringComparer.Ordinal);
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            var usings = node switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                CompilationUnitSyntax unit => unit.Usings,
                _ => default,
            };
            AddAliases(usings, aliases, globalOnly: false);
        }

        return aliases;
    }

    private static HashSet<string> GlobalAliasesOf(Compilation compilation) =>
        GlobalAliases.GetValue(compilation, static compilation =>
        {
            var aliases = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.GetRoot() is CompilationUnitSyntax unit)
                {
                    AddAliases(unit.Usings, aliases, globalOnly: true);
                }
            }

            return aliases;
        });

    private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, HashSet<string> aliases, bool globalOnly)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias && (!globalOnly || directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)))
            {
                aliases.Add(alias.Name.Identifier.ValueText);
            }
        }
    }
}
