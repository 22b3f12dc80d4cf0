using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// The stem of a schema type's generated file. A metadata name (<c>Namespace.Outer+Type</c>) is unique per type but
/// only up to case, while hint names must differ ignoring case (Roslyn and file systems compare them so):
/// <c>Click</c> and <c>CLICK</c> may live side by side, and their files may not. Each type finds the types whose
/// stems equal its own ignoring case by walking its own path from the global namespace, through an index of each
/// container's members by folded name built once per compilation — never by collecting every schema, which would
/// make every schema's file depend on all of them.
/// </summary>
internal static class FileNameClashes
{
    private static readonly ConditionalWeakTable<INamespaceOrTypeSymbol, Dictionary<string, List<INamespaceOrTypeSymbol>>> MembersByFoldedName = new();

    private static readonly ConditionalWeakTable<INamespaceSymbol, List<INamespaceOrTypeSymbol>> NamespacesFoldedLike = new();

    /// <returns>
    /// The stem itself or, when another schema type's stem equals it ignoring case, the stem with a hash of its exact
    /// spelling appended: deterministic, and after a '-', which no metadata name holds.
    /// </returns>
    /// <param name="taken">
    /// Set when another schema type has exactly this stem: two declarations of one name that are not parts of one
    /// type. The compiler reports that; their files cannot be told apart, so none of them is generated.
    /// </param>
    public static string Resolve(INamedTypeSymbol type, string stem, out bool taken)
    {
        taken = false;
        var clashes = false;
        foreach (var container in FoldedLike(type.ContainingSymbol))
        {
            if (!Index(container).TryGetValue(TypeShape.StemPart(type.MetadataName), out var sameName))
            {
                continue;
            }

            foreach (var candidate in sameName)
            {
                if (candidate is not INamedTypeSymbol other || SymbolEqualityComparer.Default.Equals(other, type) || !IsSchema(other))
                {
                    continue;
                }

                if (SchemaTypeNames.HintNameStemOf(other) == stem)
                {
                    taken = true;
                }
                else
                {
                    clashes = true;
                }
            }
        }

        return clashes ? stem + "-" + Fnv1a(stem).ToString("x8", CultureInfo.InvariantCulture) : stem;
    }

    /// <summary>
    /// The namespaces and types whose path from the global namespace spells the container's path ignoring case: the
    /// container among them. A namespace's are kept, since every schema in it asks.
    /// </summary>
    private static List<INamespaceOrTypeSymbol> FoldedLike(ISymbol container) => container switch
    {
        INamespaceSymbol { IsGlobalNamespace: true } global => new List<INamespaceOrTypeSymbol>(1) { global },
        INamespaceSymbol ns => NamespacesFoldedLike.GetValue(ns, static ns => MembersFoldedLike(ns)),
        _ => MembersFoldedLike(container),
    };

    /// <summary>The members, named like <paramref name="symbol"/> ignoring case, of the containers folded like its own.</summary>
    private static List<INamespaceOrTypeSymbol> MembersFoldedLike(ISymbol symbol)
    {
        var isNamespace = symbol is INamespaceSymbol;
        var name = TypeShape.StemPart(symbol is INamedTypeSymbol named ? named.MetadataName : symbol.Name);
        var found = new List<INamespaceOrTypeSymbol>(1);
        foreach (var container in FoldedLike(symbol.ContainingSymbol))
        {
            if (Index(container).TryGetValue(name, out var members))
            {
                foreach (var member in members)
                {
                    if (member is INamespaceSymbol == isNamespace)
                    {
                        found.Add(member);
                    }
                }
            }
        }

        return found;
    }

    private static Dictionary<string, List<INamespaceOrTypeSymbol>> Index(INamespaceOrTypeSymbol container) =>
        MembersByFoldedName.GetValue(container, static container =>
        {
            var index = new Dictionary<string, List<INamespaceOrTypeSymbol>>(System.StringComparer.OrdinalIgnoreCase);
            var members = container is INamespaceSymbol ns ? ns.GetMembers() : ((ITypeSymbol)container).GetTypeMembers();
            foreach (var member in members)
            {
                var name = TypeShape.StemPart(member is INamedTypeSymbol named ? named.MetadataName : member.Name);
                if (!index.TryGetValue(name, out var sameName))
                {
                    index.Add(name, sameName = new List<INamespaceOrTypeSymbol>(1));
                }

                sameName.Add(member);
            }

            return index;
        });

    /// <summary>Binds the type's attributes, which is fine here: only a type whose name clashes ignoring case gets asked.</summary>
    private static bool IsSchema(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SchemaAttribute.IsSchemaAttributeClass(attribute.AttributeClass))
            {
                return true;
            }
        }

        return false;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var character in text)
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return hash;
    }
}
