using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests.Grammar;

/// <summary>
/// The generator's fast path against the symbol parser: wherever <see cref="PlainDeclarationReader"/> answers, its
/// model equals <see cref="SchemaParser"/>'s, over declarations built to sit on the edge of what it reads
/// (<see cref="PlainDeclarationGrammar"/>) and over the general grammar. The fast path must also answer often, or
/// it would be proved equal only by never answering.
/// </summary>
public sealed class PlainDeclarationReaderTests
{
    private const string Plain = """
        using SchemaGen;
        namespace Shop;
        [InteractionsSchema(EventTypes = new[] { "click" })]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            public string EventType { get; set; } = "";
            public float? EventValue { get; set; }
            [Categorical] public string? Location { get; set; }
            public int? Count { get; init; }
        }
        """;

    [Fact]
    public void Reads_a_plain_declaration_as_the_symbol_parser_does()
    {
        var (fast, symbol) = Single(TestCompilation.Create(Plain));

        Assert.NotNull(fast);
        Assert.Equal(symbol, fast);
        Assert.True(fast.Field("LOCATION")!.IsCategorical);
    }

    [Theory]
    [InlineData("using Categorical = Other.TagAttribute;", "")]
    [InlineData("using Other;", "")]
    [InlineData("using Ambiguous;", "")]
    [InlineData("using static Ambiguous.Holder;", "")]
    [InlineData("", "namespace Shop { public class Categorical : System.Attribute { } }")]
    [InlineData("", "global using Categorical = Other.TagAttribute;")]
    [InlineData("", "namespace Shop { public partial class Click { public string? Extra { get; set; } } }")]
    [InlineData("#nullable disable", "")]
    public void Leaves_declarations_it_cannot_read_from_syntax_to_the_symbol_parser(string before, string otherFile)
    {
        const string Other = "namespace Other { public sealed class TagAttribute : System.Attribute { } public sealed class Categorical : System.Attribute { } }"
            + " namespace Ambiguous { public sealed class CategoricalAttribute : System.Attribute { } public static class Holder { public sealed class CategoricalAttribute : System.Attribute { } } }";
        var sources = new[] { before + "\n" + Plain, Other, otherFile }.Where(source => source.Length > 0).ToArray();
        var (fast, symbol) = Single(TestCompilation.Create(sources));

        Assert.Null(fast);
        Assert.NotNull(symbol);
    }

    [Fact]
    public void Agrees_with_the_symbol_parser_on_declarations_at_the_edge_of_the_fast_path()
    {
        var answered = 0;
        var declined = 0;
        var total = 0;
        PlainDeclarationGrammar.Cases.Sample(
            declaration =>
            {
                var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: declaration.ProjectNullable ? NullableContextOptions.Enable : NullableContextOptions.Disable);
                var compilation = TestCompilation.Create(declaration.Sources).WithOptions(options);
                foreach (var (fast, symbol) in Compare(compilation))
                {
                    Interlocked.Increment(ref total);
                    if (fast is not null)
                    {
                        Interlocked.Increment(ref answered);
                    }
                    else if (symbol is not null)
                    {
                        Interlocked.Increment(ref declined);
                    }
                }
            },
            iter: 2000,
            print: declaration => declaration.ToString());

        Assert.True(answered >= total / 20, $"The fast path answered {answered} of {total} schema types.");
        Assert.True(declined >= total / 20, $"The fast path declined only {declined} of {total} schema types that have a model.");
    }

    [Fact]
    public void Agrees_with_the_symbol_parser_over_the_declaration_grammar()
    {
        DeclarationGrammar.Cases.Sample(
            declaration =>
            {
                var parseOptions = TestCompilation.ParseOptions.WithLanguageVersion(declaration.LanguageVersion);
                var compilation = TestCompilation.Create().AddSyntaxTrees(CSharpSyntaxTree.ParseText(declaration.Source, parseOptions, TestCompilation.FileName(0)));
                _ = Compare(compilation).ToList();
            },
            iter: 500,
            print: declaration => declaration.ToString());
    }

    private static (SchemaModel? Fast, SchemaModel? Symbol) Single(Compilation compilation) => Compare(compilation).Single();

    /// <summary>Both readers over every schema declaration, as ForAttributeWithMetadataName hands them to the generator; asserts they agree where the fast path answers.</summary>
    private static IEnumerable<(SchemaModel? Fast, SchemaModel? Symbol)> Compare(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var semanticModel = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (semanticModel.GetDeclaredSymbol(declaration) is not { } type)
                {
                    continue;
                }

                var attribute = type.GetAttributes().FirstOrDefault(candidate =>
                    candidate.AttributeClass?.ToDisplayString() == "SchemaGen.InteractionsSchemaAttribute"
                    && candidate.ApplicationSyntaxReference is { } reference
                    && reference.SyntaxTree == tree
                    && declaration.Span.Contains(reference.Span));
                if (attribute is null)
                {
                    continue;
                }

                var fast = PlainDeclarationReader.TryRead(declaration, type, attribute, semanticModel, CancellationToken.None);
                var symbol = SchemaParser.Parse(type, attribute, CancellationToken.None).Model;
                if (fast is not null)
                {
                    Assert.Equal(symbol, fast);
                }

                yield return (fast, symbol);
            }
        }
    }
}
