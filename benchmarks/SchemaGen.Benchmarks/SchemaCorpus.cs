using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The inputs of the generator and analyzer suites: N schema classes of eight or nine properties, one file each, in
/// one of the declaration styles users write (<see cref="DeclarationStyle"/>), and the same classes for
/// System.Text.Json's generator with one <c>[JsonSerializable]</c> each; the edits; the drivers.
/// </summary>
internal sealed class SchemaCorpus
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public SchemaCorpus(int classes, DeclarationStyle style = DeclarationStyle.Plain)
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.Add(MetadataReference.CreateFromFile(typeof(InteractionsSchemaAttribute).Assembly.Location));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var genre = Tree("namespace Bench;\npublic enum Genre { Drama, Comedy, Documentary }\n", -1);
        Schemas = CSharpCompilation.Create("Schemas", Enumerable.Range(0, classes).Select(i => Tree(SchemaClass(i, StyleOf(style, i)), i)).Append(genre), references, options);
        Stj = CSharpCompilation.Create("Stj", Enumerable.Range(0, classes).Select(i => Tree(PlainClass(i, StyleOf(style, i)), i)).Append(genre).Append(Tree(StjContext(classes), classes)), references, options);

        // A keystroke elsewhere, and a type changed in the first class.
        var unrelated = CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { public int Value { get; set; } }", ParseOptions, "Unrelated.cs");
        SchemasUnrelatedEdit = Schemas.AddSyntaxTrees(unrelated);
        StjUnrelatedEdit = Stj.AddSyntaxTrees(unrelated);
        SchemasOneClassEdit = EditFirstClass(Schemas);
        StjOneClassEdit = EditFirstClass(Stj);
    }

    public Compilation Schemas { get; }

    public Compilation Stj { get; }

    public Compilation SchemasUnrelatedEdit { get; }

    public Compilation StjUnrelatedEdit { get; }

    public Compilation SchemasOneClassEdit { get; }

    public Compilation StjOneClassEdit { get; }

    /// <summary>Step tracking off, as in the IDE and the compiler, unless a check needs the steps.</summary>
    public static GeneratorDriver Driver(ISourceGenerator generator, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create([generator], parseOptions: ParseOptions, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static ISourceGenerator SchemaGenGenerator() => new InteractionsSchemaGenerator().AsSourceGenerator();

    public static ISourceGenerator FloorGenerator() => new FloorGenerator().AsSourceGenerator();

    public static ISourceGenerator SyntaxFloorGenerator() => new SyntaxFloorGenerator().AsSourceGenerator();

    /// <summary>The System.Text.Json source generator as the SDK ships it, next to the reference assemblies.</summary>
    public static ISourceGenerator SystemTextJsonGenerator()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnet = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var packs = Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref");
        var version = Directory.Exists(Path.Combine(packs, Path.GetFileName(runtime)))
            ? Path.GetFileName(runtime)
            : Directory.GetDirectories(packs).Select(Path.GetFileName).OrderBy(name => Version.TryParse(name, out var parsed) ? parsed : new Version()).Last()!;
        var path = Path.Combine(packs, version, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        var assembly = Assembly.LoadFrom(path);
        var type = assembly.GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }

    /// <summary>How many of the run's outputs were written again rather than taken from the previous run.</summary>
    public static int ReEmittedOutputs(GeneratorDriver driver)
    {
        var changed = 0;
        foreach (var steps in driver.GetRunResult().Results.Single().TrackedOutputSteps.Values)
        {
            foreach (var step in steps)
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    if (reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
                    {
                        changed++;
                    }
                }
            }
        }

        return changed;
    }

    private static Compilation EditFirstClass(Compilation compilation)
    {
        var first = compilation.SyntaxTrees.First();
        var edited = first.ToString().Replace("int? Count", "long? Count", StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(first, first.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(edited)));
    }

    private static SyntaxTree Tree(string text, int index) => CSharpSyntaxTree.ParseText(text, ParseOptions, index < 0 ? "Genre.cs" : "Class" + index + ".cs");

    /// <summary>The mix takes the three styles in turn.</summary>
    private static DeclarationStyle StyleOf(DeclarationStyle style, int i) => style == DeclarationStyle.Mixed ? (DeclarationStyle)(i % 3) : style;

    private static string SchemaClass(int i, DeclarationStyle style) => Header(style) + SchemaAttribute(style) + "\npublic partial class Interaction" + i + "\n" + Body(i, style);

    private static string PlainClass(int i, DeclarationStyle style) => Header(style) + "public partial class Interaction" + i + "\n" + Body(i, style);

    private static string Header(DeclarationStyle style) => style switch
    {
        DeclarationStyle.Readme => "using System;\nusing SchemaGen;\nnamespace Bench;\n",
        DeclarationStyle.Qualified => "namespace Bench;\n",
        _ => "using SchemaGen;\nnamespace Bench;\n",
    };

    private static string SchemaAttribute(DeclarationStyle style) => style switch
    {
        DeclarationStyle.Readme => "[InteractionsSchema(EventTypes = new[] { \"like\", \"rating\" })]",
        DeclarationStyle.Qualified => "[global::SchemaGen.InteractionsSchema]",
        _ => "[InteractionsSchema]",
    };

    private static string Body(int i, DeclarationStyle style) => style switch
    {
        // The README's MovieRating: required and init, a DateTimeOffset timestamp, an enum.
        DeclarationStyle.Readme => $$"""
            {
                public required string UserId { get; init; }
                public required string ItemId { get; init; }
                public DateTimeOffset Timestamp { get; init; }
                public required string EventType { get; init; }
                public float? EventValue { get; init; }
                public Genre Genre { get; init; }
                [Categorical] public string? Location { get; init; }
                public int? Count { get; init; }
                public double? Score{{i}} { get; init; }
            }
            """,
        DeclarationStyle.Qualified => $$"""
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
                public string EventType { get; set; } = "";
                public float? EventValue { get; set; }
                [global::SchemaGen.Categorical] public string? Location { get; set; } = "";
                public int? Count { get; set; }
                public double? Score{{i}} { get; set; }
            }
            """,
        _ => $$"""
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
                public string EventType { get; set; } = "";
                public float? EventValue { get; set; }
                [Categorical] public string? Location { get; set; }
                public int? Count { get; set; }
                public double? Score{{i}} { get; set; }
            }
            """,
    };

    private static string StjContext(int classes) =>
        "using System.Text.Json.Serialization;\nnamespace Bench;\n"
        + string.Concat(Enumerable.Range(0, classes).Select(i => "[JsonSerializable(typeof(Interaction" + i + "))]\n"))
        + "internal partial class BenchContext : JsonSerializerContext { }\n";
}
