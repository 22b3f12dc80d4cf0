using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// What a schema type is called in generated code and in its file's name: its namespace, its fully qualified name and
/// its hint-name stem. A top-level type's names are its namespace's plus its own name, and its namespace's are kept
/// per namespace symbol — once per compilation however many schemas it holds: displaying a symbol costs more than
/// everything else the parse does with a name. A nested type is displayed as it is.
/// </summary>
internal static class SchemaTypeNames
{
    private static readonly ConditionalWeakTable<INamespaceSymbol, NamespaceNames> OfNamespace = new();

    /// <summary>The namespace as generated code opens it; empty for the global namespace.</summary>
    public static string NamespaceOf(INamedTypeSymbol type) => Names(type.ContainingNamespace).Display;

    /// <summary>The type as <see cref="SymbolDisplayFormat.FullyQualifiedFormat"/> displays it (<c>global::Shop.Click</c>).</summary>
    public static string FullyQualifiedNameOf(INamedTypeSymbol type) => type.ContainingType is null && type.Arity == 0
        ? Names(type.ContainingNamespace).FullyQualifiedPrefix + EscapedAsDisplayed(type.Name)
        : type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>The metadata name (<c>Namespace.Outer+Inner</c>) is unique per type, so it makes a unique file name (but for case: see <see cref="FileNameClashes"/>).</summary>
    public static string HintNameStemOf(INamedTypeSymbol type)
    {
        var name = TypeShape.StemPart(type.MetadataName);
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            name = TypeShape.StemPart(current.MetadataName) + "+" + name;
        }

        var container = type;
        while (container.ContainingType is not null)
        {
            container = container.ContainingType;
        }

        return Names(container.ContainingNamespace).StemPrefix + name;
    }

    /// <summary>A name as the fully qualified display format writes it: a keyword gets an <c>@</c>.</summary>
    private static string EscapedAsDisplayed(string name) =>
        SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? name : "@" + name;

    private static NamespaceNames Names(INamespaceSymbol ns) => OfNamespace.GetValue(ns, static ns => new NamespaceNames(ns));

    /// <summary>One namespace's part of the names of the types it holds.</summary>
    private sealed class NamespaceNames
    {
        public NamespaceNames(INamespaceSymbol ns)
        {
            if (ns.IsGlobalNamespace)
            {
                Display = string.Empty;
                FullyQualifiedPrefix = "global::";
                StemPrefix = string.Empty;
                return;
            }

            Display = ns.ToDisplayString();
            FullyQualifiedPrefix = ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".";
            var stem = TypeShape.StemPart(ns.Name) + ".";
            for (var outer = ns.ContainingNamespace; outer is { IsGlobalNamespace: false }; outer = outer.ContainingNamespace)
            {
                stem = TypeShape.StemPart(outer.Name) + "." + stem;
            }

            StemPrefix = stem;
        }

        public string Display { get; }

        public string FullyQualifiedPrefix { get; }

        /// <summary>The namespace's part of a stem, with its closing dot; empty for the global namespace.</summary>
        public string StemPrefix { get; }
    }
}
