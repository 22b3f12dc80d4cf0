using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// A schema type's names are built from its namespace's, kept per namespace, and its own: they must be what
/// displaying the type itself gives, for every name a declaration may have.
/// </summary>
public sealed class SchemaTypeNamesTests
{
    private const string Source = """
        class Global { }
        class @class { }
        namespace Shop
        {
            class Click { }
            class @event { }
            class var { }
            class async { }
            class \u0061bc { }
            class Outer { class Inner { } }
            class Generic<T> { class Inside { } }
            namespace Deep.Deeper { class Rating { } }
        }
        namespace @namespace.@int { class @string { } class Plain { } }
        namespace Ünïcode { class Çlick { } }
        namespace with_underscore.V2 { class Event_1 { } }
        """;

    public static TheoryData<string> TypeNames() => new(
        "Global", "class", "Shop.Click", "Shop.event", "Shop.var", "Shop.async", "Shop.abc", "Shop.Outer.Inner",
        "Shop.Generic.Inside", "Shop.Deep.Deeper.Rating", "namespace.int.string", "namespace.int.Plain",
        "Ünïcode.Çlick", "with_underscore.V2.Event_1");

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Fully_qualified_names_are_as_the_fully_qualified_format_displays_the_type(string name)
    {
        var type = Declared(name);

        Assert.Equal(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), SchemaTypeNames.FullyQualifiedNameOf(type));
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Namespaces_are_as_the_namespace_displays_itself(string name)
    {
        var type = Declared(name);
        var ns = type.ContainingNamespace;

        Assert.Equal(ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString(), SchemaTypeNames.NamespaceOf(type));
    }

    [Theory]
    [InlineData("Global", "Global")]
    [InlineData("Shop.Click", "Shop.Click")]
    [InlineData("Shop.Outer.Inner", "Shop.Outer+Inner")]
    [InlineData("Shop.Generic.Inside", "Shop.Generic_1+Inside")]
    [InlineData("Shop.Deep.Deeper.Rating", "Shop.Deep.Deeper.Rating")]
    [InlineData("namespace.int.string", "namespace.int.string")]
    [InlineData("Ünïcode.Çlick", "Ünïcode.Çlick")]
    [InlineData("with_underscore.V2.Event_1", "with_underscore.V2.Event_1")]
    public void Hint_name_stems_spell_the_metadata_name(string name, string stem) =>
        Assert.Equal(stem, SchemaTypeNames.HintNameStemOf(Declared(name)));

    /// <summary>The type declared with this dotted name, found through its declaration, as the generator finds it.</summary>
    private static INamedTypeSymbol Declared(string dottedName)
    {
        var compilation = TestCompilation.Create(Source);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>()
            .Select(declaration => model.GetDeclaredSymbol(declaration)!)
            .Single(type => Dotted(type) == dottedName);
    }

    private static string Dotted(INamedTypeSymbol type)
    {
        var name = type.Name;
        for (ISymbol? container = type.ContainingSymbol; container is not INamespaceSymbol { IsGlobalNamespace: true }; container = container!.ContainingSymbol)
        {
            name = container.Name + "." + name;
        }

        return name;
    }
}
