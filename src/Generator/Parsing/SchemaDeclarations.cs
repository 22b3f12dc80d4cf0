using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Which declarations may carry a schema attribute (<c>[InteractionsSchema]</c>, <c>[ItemsSchema]</c>, …), told from
/// syntax: the generator's filter, before anything is bound. An attribute can name SchemaGen's only by its own name —
/// <c>ItemsSchema</c> or <c>ItemsSchemaAttribute</c>, qualified or not — or through a using alias; so a declaration is a candidate
/// when one of its attributes is written so, or with the name of an alias in scope. Whether the attribute really is
/// SchemaGen's is for the parse to find.
/// </summary>
internal static class SchemaDeclarations
{
    private const string Suffix = "Attribute";

    /// <summary>The global using aliases of a compilation, declared in any of its files: found once per compilation.</summary>
    private static readonly ConditionalWeakTable<Compilation, HashSet<string>> GlobalAliases = new();

    /// <summary>A class, struct, record or record struct with attributes: the declarations a schema attribute may be written on.</summary>
    public static bool IsCandidate(SyntaxNode node) =>
        node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax && ((TypeDeclarationSyntax)node).AttributeLists.Count > 0;

    /// <summary>Whether an attribute on the declaration is written with SchemaGen's attribute name, or with an alias's.</summary>
    public static bool MayCarrySchemaAttribute(TypeDeclarationSyntax declaration, Compilation compilation)
    {
        var hasSimpleName = false;
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                switch (attribute.Name)
                {
                    case IdentifierNameSyntax identifier when IsSchemaAttributeName(identifier):
                    case QualifiedNameSyntax { Right: IdentifierNameSyntax right } when IsSchemaAttributeName(right):
                    case AliasQualifiedNameSyntax { Name: IdentifierNameSyntax name } when IsSchemaAttributeName(name):
                        return true;
                    case IdentifierNameSyntax:
                        hasSimpleName = true;
                        break;
                }
            }
        }

        // Only a name written alone can be an alias, so the aliases in scope are looked at only for such a name.
        return hasSimpleName && (NamesAnAlias(declaration, LocalAliasNames(declaration)) || NamesAnAlias(declaration, GlobalAliasesOf(compilation)));
    }

    /// <summary>A schema attribute's name, as written: <c>ItemsSchema</c> or <c>ItemsSchemaAttribute</c>, of any dataset type.</summary>
    private static bool IsSchemaAttributeName(IdentifierNameSyntax name) =>
        name.Identifier.ValueText is "InteractionsSchema" or "ItemsSchema" or "UsersSchema" or "ActionsSchema" or "ActionInteractionsSchema"
            or KnownNames.InteractionsSchemaAttributeName or KnownNames.ItemsSchemaAttributeName or KnownNames.UsersSchemaAttributeName
            or KnownNames.ActionsSchemaAttributeName or KnownNames.ActionInteractionsSchemaAttributeName;

    /// <summary>Whether an attribute written alone names one of the aliases: the compiler looks <c>X</c> up as <c>X</c> and <c>XAttribute</c>.</summary>
    private static bool NamesAnAlias(TypeDeclarationSyntax declaration, IEnumerable<string> aliases)
    {
        foreach (var alias in aliases)
        {
            foreach (var list in declaration.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    if (attribute.Name is IdentifierNameSyntax { Identifier.ValueText: var written }
                        && (alias == written || (alias.Length == written.Length + Suffix.Length && alias.StartsWith(written, System.StringComparison.Ordinal) && alias.EndsWith(Suffix, System.StringComparison.Ordinal))))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The aliases the using directives of the declaration's file and namespaces declare.</summary>
    private static IEnumerable<string> LocalAliasNames(SyntaxNode declaration)
    {
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            var usings = node switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                CompilationUnitSyntax unit => unit.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive.Alias is { } alias)
                {
                    yield return alias.Name.Identifier.ValueText;
                }
            }
        }
    }

    private static HashSet<string> GlobalAliasesOf(Compilation compilation) =>
        GlobalAliases.GetValue(compilation, static compilation =>
        {
            var aliases = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.GetRoot() is not CompilationUnitSyntax unit)
                {
                    continue;
                }

                foreach (var directive in unit.Usings)
                {
                    if (directive.Alias is { } alias && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                    {
                        aliases.Add(alias.Name.Identifier.ValueText);
                    }
                }
            }

            return aliases;
        });
}
