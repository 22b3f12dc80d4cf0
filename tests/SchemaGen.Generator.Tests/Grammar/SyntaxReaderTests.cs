using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Generator.Tests.Grammar;

/// <summary>
/// The generator's syntax reader against the symbol parser: wherever <see cref="SchemaParser.TryReadFromSyntax"/>
/// answers, it agrees with <see cref="SchemaParser.Parse"/> on whether the declaration is a schema and on its model, over the declaration grammar and declarations built
/// on the edge of what syntax settles. It must also answer for nearly every declaration outside the documented
/// fallback shapes (<see cref="FallbackShapes"/>), and for every one the docs, the sample and the snapshot scenarios
/// show, or it would be proved equal only by never answering.
/// </summary>
public sealed class SyntaxReaderTests(ITestOutputHelper output)
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
    [InlineData("[global::SchemaGen.InteractionsSchema]", "[global::SchemaGen.Categorical]", "")]
    [InlineData("[SchemaGen.InteractionsSchemaAttribute]", "[SchemaGen.CategoricalAttribute]", "")]
    [InlineData("[InteractionsSchema]", "[Sg.Categorical]", "using Sg = SchemaGen;")]
    [InlineData("[InteractionsSchema]", "[Tag]", "using Tag = SchemaGen.CategoricalAttribute;")]
    [InlineData("[InteractionsSchema]", "[Categorical, System.ComponentModel.Description(\"where\")]", "")]
    [InlineData("[InteractionsSchema]", "[Categorical][Obsolete(\"old\", DiagnosticId = \"OLD1\")]", "using System;")]
    [InlineData("[InteractionsSchema]", "[Categorical]", "#nullable disable")]
    [InlineData("[Sg::InteractionsSchema]", "[Sg::CategoricalAttribute]", "using Sg = SchemaGen;")]
    [InlineData("[@InteractionsSchemaAttribute]", "[@CategoricalAttribute]", "")]
    public void Reads_attributes_in_any_spelling_the_compiler_binds_to_them(string schemaAttribute, string categorical, string usings)
    {
        var source = usings + "\n" + Plain.Replace("[InteractionsSchema(EventTypes = new[] { \"click\" })]", schemaAttribute, StringComparison.Ordinal)
            .Replace("[Categorical]", categorical, StringComparison.Ordinal);
        var (fast, symbol) = Single(TestCompilation.Create(source));

        Assert.NotNull(fast);
        Assert.Equal(symbol, fast);
        Assert.True(fast.Field("LOCATION")!.IsCategorical);
    }

    [Theory]
    [InlineData("[InteractionsSchema(Name = \"click-v2\", EventTypes = new string[] { \"click\", \"view\" })]")]
    [InlineData("[InteractionsSchema(EventTypes = [\"click\", \"view\"], InlineItemAndValue = true)]")]
    [InlineData("[InteractionsSchema(EventTypes = null, Name = null, InlineItemAndValue = false)]")]
    [InlineData("[type: InteractionsSchema(EventTypes = new[] { \"click\" })][System.Obsolete(\"old\", DiagnosticId = \"OLD2\")]")]
    [InlineData("[System.Diagnostics.CodeAnalysis.Experimental(\"EXP9\")][InteractionsSchema]")]
    [InlineData("[InteractionsSchema][System.Obsolete(\"gone\", true)]")]
    public void Reads_the_schema_attribute_and_its_literal_arguments_from_syntax(string attributes)
    {
        var source = Plain.Replace("[InteractionsSchema(EventTypes = new[] { \"click\" })]", attributes, StringComparison.Ordinal);
        var (fast, symbol) = Single(TestCompilation.Create(source));

        Assert.NotNull(fast);
        Assert.Equal(symbol, fast);
    }

    private const string VideoItem = """
        using SchemaGen;
        USINGS
        namespace Shop;

        [ItemsSchema(Domain = DOMAIN)]
        public partial class Film
        {
            public string ItemId { get; set; } = "";
            public long CreationTimestamp { get; set; }
            [Categorical] public string Genres { get; set; } = "";
        }
        """;

    /// <summary>A <c>Domain</c> is read from syntax when its type name binds to SchemaGen's <c>PersonalizeDomain</c>, in any spelling.</summary>
    [Theory]
    [InlineData("", "PersonalizeDomain.VideoOnDemand", "VIDEO_ON_DEMAND")]
    [InlineData("", "global::SchemaGen.PersonalizeDomain.VideoOnDemand", "VIDEO_ON_DEMAND")]
    [InlineData("using D = SchemaGen.PersonalizeDomain;", "D.VideoOnDemand", "VIDEO_ON_DEMAND")]
    [InlineData("", "PersonalizeDomain.None", null)]
    public void Reads_a_domain_named_as_a_member_of_the_domain_enum(string usings, string domain, string? expected)
    {
        var (fast, symbol) = Single(TestCompilation.Create(VideoItem.Replace("USINGS", usings, StringComparison.Ordinal).Replace("DOMAIN", domain, StringComparison.Ordinal)));

        Assert.NotNull(fast);
        Assert.Equal(symbol, fast);
        Assert.Equal(expected, fast.Kind.Domain?.Name);
    }

    /// <summary>A cast, or an enum of the same name that is not SchemaGen's, is the symbol parser's to read.</summary>
    [Theory]
    [InlineData("", "(PersonalizeDomain)2")]
    [InlineData("namespace Shop { public enum PersonalizeDomain { None, Ecommerce, VideoOnDemand } }", "PersonalizeDomain.VideoOnDemand")]
    public void Leaves_a_domain_it_cannot_settle_to_the_symbol_parser(string elsewhere, string domain)
    {
        var source = VideoItem.Replace("USINGS", string.Empty, StringComparison.Ordinal).Replace("DOMAIN", domain, StringComparison.Ordinal);
        var schemas = Compare(elsewhere.Length > 0 ? TestCompilation.Create(source, elsewhere) : TestCompilation.Create(source)).ToList();

        Assert.Null(Assert.Single(schemas).Syntax);
    }

    /// <summary>
    /// The compiler binds a type's own attributes where its nested types and its base type's are in scope, as its
    /// members' attributes are: an attribute class of the schema attribute's name there makes the type no schema, and
    /// one of <c>[Categorical]</c>'s name makes the property no categorical field.
    /// </summary>
    [Theory]
    [InlineData("", "public sealed class InteractionsSchemaAttribute : System.Attribute { }", null)]
    [InlineData("public class Base { public sealed class InteractionsSchemaAttribute : System.Attribute { } }", "", null)]
    [InlineData("public class Base { public sealed class CategoricalAttribute : System.Attribute { } }", "", false)]
    [InlineData("public class Base { }", "public sealed class CategoricalAttribute : System.Attribute { }", false)]
    [InlineData("public class Base { }", "", true)]
    public void Binds_attribute_names_where_the_type_and_base_type_members_are_in_scope(string beside, string nested, bool? isCategorical)
    {
        var source = Plain.Replace("public partial class Click", beside.Length > 0 ? "public partial class Click : Base" : "public partial class Click", StringComparison.Ordinal)
            .Replace("public int? Count { get; init; }", "public int? Count { get; init; }\n    " + nested, StringComparison.Ordinal)
            + "\n" + beside;
        var schemas = Compare(TestCompilation.Create(source)).ToList();

        Assert.Equal(isCategorical is null ? 0 : 1, schemas.Count);
        if (isCategorical is { } categorical)
        {
            Assert.Equal(categorical, schemas[0].Symbol!.Field("LOCATION")!.IsCategorical);
        }

        // What the type's attribute means, asked directly: the reader may decline these declarations for other reasons.
        var compilation = TestCompilation.Create(source);
        var tree = compilation.SyntaxTrees.First();
        var semanticModel = compilation.GetSemanticModel(tree);
        var declaration = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single(node => node.Identifier.Text == "Click");
        var meaning = new NameScope(declaration, semanticModel.GetDeclaredSymbol(declaration)!, semanticModel)
            .MeaningOfTypeAttribute(declaration.AttributeLists[0].Attributes[0]);
        Assert.Equal(isCategorical is null ? NameScope.Meaning.Other : NameScope.Meaning.InteractionsSchema, meaning);
    }

    /// <summary>A property type that does not bind yet (half-typed code) leaves the declaration to the symbol parser, still a schema.</summary>
    [Fact]
    public void Leaves_a_declaration_with_a_type_that_does_not_bind_to_the_symbol_parser()
    {
        var source = Plain.Replace("public int? Count { get; init; }", "public int? Count { get; init; }\n    public Missing Extra { get; set; }", StringComparison.Ordinal);
        var (fast, _) = Single(TestCompilation.Create(source));

        Assert.Null(fast);
    }

    [Theory]
    [InlineData("[InteractionsSchema(Name = Names.Click)]")]
    [InlineData("[InteractionsSchema(EventTypes = new[] { Names.Click })]")]
    [InlineData("[InteractionsSchema(Name = \"a\" + \"b\")]")]
    public void Leaves_a_schema_attribute_it_cannot_read_from_syntax_to_the_symbol_parser(string attribute)
    {
        const string Names = "namespace Shop { internal static class Names { public const string Click = \"click\"; } }";
        var source = "using Sg = SchemaGen;\n" + Plain.Replace("[InteractionsSchema(EventTypes = new[] { \"click\" })]", attribute, StringComparison.Ordinal);
        var (fast, symbol) = Single(TestCompilation.Create(source, Names));

        Assert.Null(fast);
        Assert.NotNull(symbol);
    }

    /// <summary>
    /// Declarations of one namespace share what names mean only where they see the same names: a nested type, a
    /// file-local type, other using directives or another nullable context keep a declaration's answers its own.
    /// </summary>
    [Theory]
    [InlineData("public sealed class CategoricalAttribute : System.Attribute { }", "", "", false)]
    [InlineData("", "file sealed class CategoricalAttribute : System.Attribute { }", "", false)]
    [InlineData("", "", "using Other;", false)]
    [InlineData("", "#nullable disable", "", true)]
    [InlineData("", "", "", true)]
    public void Declarations_share_what_names_mean_only_within_one_scope(string nestedInSecond, string besideSecond, string usingsOfSecond, bool secondIsCategorical)
    {
        const string Other = "namespace Other { public sealed class Categorical : System.Attribute { } }";
        string Schema(string name, string nested, string beside, string usings) => usings + "\nusing System.Collections.Generic;\nusing SchemaGen;\n" + beside + "\nnamespace Shop;\n"
            + "[InteractionsSchema] public partial class " + name + " { public string UserId { get; set; } = \"\"; public string ItemId { get; set; } = \"\"; public long Timestamp { get; set; }"
            + " [Categorical] public string? Location { get; set; } public List<string?>? Tags { get; set; } " + nested + " }";
        var compilation = TestCompilation.Create(Schema("First", "", "", ""), Schema("Second", nestedInSecond, besideSecond, usingsOfSecond), Other);

        var models = Compare(compilation).ToDictionary(result => result.Type.Name, result => result.Symbol);

        Assert.True(models["First"]!.Field("LOCATION")!.IsCategorical);
        Assert.Equal(secondIsCategorical, models["Second"]?.Field("LOCATION")?.IsCategorical ?? false);
    }

    [Theory]
    [InlineData("using Categorical = Other.TagAttribute;", "")]
    [InlineData("using Other;", "")]
    [InlineData("using Ambiguous;", "")]
    [InlineData("using static Ambiguous.Holder;", "")]
    [InlineData("", "namespace Shop { public class Categorical : System.Attribute { } }")]
    [InlineData("", "global using Categorical = Other.TagAttribute;")]
    [InlineData("", "namespace Shop { public partial class Click { public string? Extra { get; set; } } }")]
    public void Leaves_declarations_it_cannot_read_from_syntax_to_the_symbol_parser(string before, string otherFile)
    {
        const string Other = "namespace Other { public sealed class TagAttribute : System.Attribute { } public sealed class Categorical : System.Attribute { } }"
            + " namespace Ambiguous { public sealed class CategoricalAttribute : System.Attribute { } public static class Holder { public sealed class CategoricalAttribute : System.Attribute { } } }";
        var sources = new[] { before + "\n" + Plain, Other, otherFile }.Where(source => source.Length > 0).ToArray();
        var (fast, symbol) = Single(TestCompilation.Create(sources));

        Assert.Null(fast);
        Assert.NotNull(symbol);
    }

    /// <summary>
    /// The declaration grammar: wherever the syntax reader answers it agrees, and it answers for at least 90% of the
    /// declarations the symbol parser accepts that have none of the documented fallback shapes.
    /// </summary>
    [Fact]
    public void Agrees_with_the_symbol_parser_over_the_declaration_grammar_and_answers_nearly_always()
    {
        var accepted = 0;
        var answered = 0;
        var fallbacks = new Dictionary<string, int>();
        var declinedExamples = new List<string>();
        var gate = new object();
        DeclarationGrammar.Cases.Sample(
            declaration =>
            {
                var parseOptions = TestCompilation.ParseOptions.WithLanguageVersion(declaration.LanguageVersion);
                var compilation = TestCompilation.Create().AddSyntaxTrees(CSharpSyntaxTree.ParseText(declaration.Source, parseOptions, TestCompilation.FileName(0)));
                foreach (var (syntax, symbol, node, type) in Compare(compilation))
                {
                    if (symbol is null || HasErrors(type))
                    {
                        continue;
                    }

                    lock (gate)
                    {
                        if (FallbackShapes.Of(node, type) is { } shape)
                        {
                            fallbacks[shape] = fallbacks.GetValueOrDefault(shape) + 1;
                            continue;
                        }

                        accepted++;
                        if (syntax is not null)
                        {
                            answered++;
                        }
                        else if (declinedExamples.Count < 12)
                        {
                            declinedExamples.Add(node.ToString());
                        }
                    }
                }
            },
            iter: 2000,
            print: declaration => declaration.ToString());

        output.WriteLine($"Answered {answered} of {accepted} accepted declarations outside the fallback shapes; fallback shapes: "
            + string.Join(", ", fallbacks.Select(pair => pair.Key + " " + pair.Value)) + "\nDeclined, for example:\n" + string.Join("\n---\n", declinedExamples));
        Assert.True(accepted >= 400, $"Only {accepted} accepted declarations outside the fallback shapes.");
        Assert.True(answered >= accepted * 0.9, $"The syntax reader answered {answered} of {accepted}; declined, for example:\n" + string.Join("\n---\n", declinedExamples));
    }

    [Fact]
    public void Agrees_with_the_symbol_parser_on_declarations_at_the_edge_of_what_syntax_settles()
    {
        var answered = 0;
        var declined = 0;
        EdgeDeclarationGrammar.Cases.Sample(
            declaration =>
            {
                var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: declaration.ProjectNullable ? NullableContextOptions.Enable : NullableContextOptions.Disable);
                var compilation = TestCompilation.Create(declaration.Sources).WithOptions(options);
                foreach (var (syntax, symbol, _, _) in Compare(compilation))
                {
                    if (syntax is not null)
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

        // The edge holds both: cases the reader settles, and aliases, parts and base classes it must leave alone.
        Assert.True(answered >= 500 && declined >= 20, $"The syntax reader answered {answered} and declined {declined} of the edge cases.");
    }

    /// <summary>
    /// Every schema declaration users are shown — in the README, docs/, the sample and the snapshot scenarios — that
    /// the symbol parser accepts is read from syntax, but for the snapshot scenarios' derived and positional types,
    /// which show documented fallback shapes; so the syntax path cannot quietly shrink back to one style.
    /// </summary>
    [Fact]
    public void Reads_every_schema_declaration_users_are_shown_from_syntax()
    {
        var read = new List<string>();
        var fallbacks = new List<string>();
        foreach (var (origin, compilation) in ShownDeclarations())
        {
            foreach (var (syntax, symbol, node, type) in Compare(compilation))
            {
                if (symbol is null || HasErrors(type))
                {
                    continue;
                }

                var name = (origin.Length > 0 ? origin : node.SyntaxTree.FilePath) + ": " + type.Name;
                if (FallbackShapes.Of(node, type) is { } shape)
                {
                    fallbacks.Add(name + " (" + shape + ")");
                    continue;
                }

                Assert.True(syntax is not null, name + " is not read from syntax:\n" + node);
                read.Add(name);
            }
        }

        output.WriteLine("Read from syntax: " + string.Join(", ", read));
        output.WriteLine("Fallbacks: " + string.Join(", ", fallbacks));
        Assert.Equal(
            [
                "Scenarios.Shapes: DerivedWatch (a base class)",
                "Scenarios.Shapes: NestedClick (a primary constructor or positional parameters)",
                "Scenarios.Shapes: PositionalRating (a primary constructor or positional parameters)",
            ],
            fallbacks.Order(StringComparer.Ordinal));
        Assert.Contains(read, name => name.StartsWith("README.md block 1: MovieRating", StringComparison.Ordinal));
        Assert.Contains(read, name => name.StartsWith("samples/MovieClicks/MovieRating.cs", StringComparison.Ordinal));
        Assert.True(read.Count >= 15, "Only " + read.Count + " declarations read: " + string.Join(", ", read));
    }

    /// <summary>The compilations of what users are shown: each C# block of the Markdown files, the sample, each scenario.</summary>
    private static IEnumerable<(string Origin, Compilation Compilation)> ShownDeclarations()
    {
        var root = RepositoryPaths.RepositoryRoot;
        var markdown = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories));
        foreach (var path in markdown)
        {
            var blocks = Regex.Matches(File.ReadAllText(path), "```csharp\\n(.*?)```", RegexOptions.Singleline).Select(match => match.Groups[1].Value).ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                var declarations = TypeDeclarationsIn(blocks[i]).ToList();
                if (declarations.Count > 0)
                {
                    var source = "using System;\nusing System.Collections.Generic;\nusing SchemaGen;\n" + string.Join("\n", declarations);
                    yield return (Path.GetRelativePath(root, path).Replace('\\', '/') + " block " + (i + 1), TestCompilation.Create(source));
                }
            }
        }

        var sample = Directory.GetFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        yield return (string.Empty, TestCompilation.Create(sample.Select(path => (Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))));

        foreach (var field in typeof(Scenarios).GetFields().Where(field => field.IsLiteral && field.FieldType == typeof(string)))
        {
            yield return ("Scenarios." + field.Name, TestCompilation.Create((string)field.GetRawConstantValue()!));
        }
    }

    /// <summary>The type declarations of a Markdown block, which may also hold statements around them.</summary>
    private static IEnumerable<string> TypeDeclarationsIn(string block) =>
        CSharpSyntaxTree.ParseText(block, TestCompilation.ParseOptions).GetRoot().DescendantNodes()
            .OfType<BaseTypeDeclarationSyntax>()
            .Where(declaration => declaration.Parent is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .Select(declaration => declaration.ToFullString());

    private static bool HasErrors(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Length == 0
        || SchemaParser.Parse(type, type.GetAttributes().First(IsSchemaAttribute), CancellationToken.None).Diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);

    private static bool IsSchemaAttribute(AttributeData attribute) => SchemaAttribute.IsSchemaAttributeClass(attribute.AttributeClass);

    private static (SchemaModel? Syntax, SchemaModel? Symbol) Single(Compilation compilation)
    {
        var (syntax, symbol, _, _) = Compare(compilation).Single();
        return (syntax, symbol);
    }

    /// <summary>
    /// Both readers over every declaration that may be a schema; asserts they agree where the syntax reader answers —
    /// on whether it is a schema at all, and on its model. The syntax reader runs first over every candidate of one
    /// fresh copy of the compilation, in order, as the generator's providers hand them over — so declarations that
    /// share a scope share its answers, and nothing the symbol parser bound is reused. Yields the schema declarations.
    /// </summary>
    private static IEnumerable<(SchemaModel? Syntax, SchemaModel? Symbol, TypeDeclarationSyntax Node, INamedTypeSymbol Type)> Compare(Compilation compilation)
    {
        var fresh = compilation.Clone();
        var read = new Dictionary<(string Path, Microsoft.CodeAnalysis.Text.TextSpan Span), (bool Answered, SchemaModel? Model)>();
        foreach (var (tree, declaration, type, semanticModel) in CandidatesIn(fresh))
        {
            var answered = SchemaParser.TryReadFromSyntax(declaration, type, semanticModel, CancellationToken.None, out var model);
            read[(tree.FilePath, declaration.Span)] = (answered, model);
        }

        foreach (var (tree, declaration, type, _) in CandidatesIn(compilation).ToList())
        {
            var (answered, syntax) = read[(tree.FilePath, declaration.Span)];
            var attribute = SchemaAttribute.FindOn(type, declaration);
            if (attribute is null)
            {
                Assert.True(syntax is null, "The syntax reader read a schema the symbol parser finds no attribute on:\n" + declaration);
                continue;
            }

            var symbol = SchemaParser.Parse(type, attribute, CancellationToken.None).Model;
            if (answered)
            {
                Assert.True(syntax is not null, "The syntax reader found no schema attribute where the symbol parser does:\n" + declaration);
                Assert.Equal(symbol, syntax);
            }

            yield return (syntax, symbol, declaration, type);
        }
    }

    /// <summary>Every declaration of a kind the schema attribute may be written on, as the generator's providers consider them.</summary>
    private static IEnumerable<(SyntaxTree Tree, TypeDeclarationSyntax Declaration, INamedTypeSymbol Type, SemanticModel Model)> CandidatesIn(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var semanticModel = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (SchemaDeclarations.IsCandidate(declaration) && semanticModel.GetDeclaredSymbol(declaration) is { } type)
                {
                    yield return (tree, declaration, type, semanticModel);
                }
            }
        }
    }
}
