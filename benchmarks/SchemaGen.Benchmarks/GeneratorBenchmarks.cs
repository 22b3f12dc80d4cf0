using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The generator as the compiler and the IDE run it, over N eight-property schema classes, one file each: a cold run,
/// a keystroke elsewhere, and an edit to one schema. Peers in the same run: the System.Text.Json source generator
/// that ships with the SDK over the same classes (one [JsonSerializable] each; the baseline), and a generator that
/// finds the attributed types and does nothing else (the floor any attribute-driven generator pays).
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    [Params(100, 1000)]
    public int Classes { get; set; }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private Compilation _schemaCompilation = null!;
    private Compilation _stjCompilation = null!;
    private Compilation _schemaUnrelatedEdit = null!;
    private Compilation _stjUnrelatedEdit = null!;
    private Compilation _schemaOneSchemaEdit = null!;
    private ISourceGenerator _stjGenerator = null!;
    private GeneratorDriver _schemaWarm = null!;
    private GeneratorDriver _stjWarm = null!;
    private GeneratorDriver _floorWarm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _stjGenerator = LoadSystemTextJsonGenerator();
        var references = Basic.Reference.Assemblies.Net100.References.All.Add(MetadataReference.CreateFromFile(typeof(InteractionsSchemaAttribute).Assembly.Location));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        _schemaCompilation = CSharpCompilation.Create("Schemas", Enumerable.Range(0, Classes).Select(i => Tree(SchemaClass(i), i)), references, options);
        _stjCompilation = CSharpCompilation.Create("Stj", Enumerable.Range(0, Classes).Select(i => Tree(PlainClass(i), i)).Append(Tree(StjContext(Classes), Classes)), references, options);
        var unrelated = CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { public int Value { get; set; } }", ParseOptions, "Unrelated.cs");
        _schemaUnrelatedEdit = _schemaCompilation.AddSyntaxTrees(unrelated);
        _stjUnrelatedEdit = _stjCompilation.AddSyntaxTrees(unrelated);
        var first = _schemaCompilation.SyntaxTrees.First();
        _schemaOneSchemaEdit = _schemaCompilation.ReplaceSyntaxTree(first, first.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(first.ToString().Replace("int? Count", "long? Count", StringComparison.Ordinal))));

        _schemaWarm = SchemaGenDriver().RunGenerators(_schemaCompilation);
        _stjWarm = StjDriver().RunGenerators(_stjCompilation);
        _floorWarm = FloorDriver().RunGenerators(_schemaCompilation);

        // Each subject does its whole job before it is measured.
        var schemaFiles = _schemaWarm.GetRunResult().GeneratedTrees.Length;
        var stjFiles = _stjWarm.GetRunResult().GeneratedTrees.Length;
        if (schemaFiles != Classes + 1 || stjFiles <= Classes)
        {
            throw new InvalidOperationException($"Unexpected output: SchemaGen {schemaFiles} files, System.Text.Json {stjFiles} files for {Classes} classes.");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Cold")]
    public GeneratorDriver SystemTextJsonCold() => StjDriver().RunGenerators(_stjCompilation);

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver SchemaGenCold() => SchemaGenDriver().RunGenerators(_schemaCompilation);

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver FloorCold() => FloorDriver().RunGenerators(_schemaCompilation);

    [Benchmark(Baseline = true), BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SystemTextJsonUnrelatedEdit() => _stjWarm.RunGenerators(_stjUnrelatedEdit);

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SchemaGenUnrelatedEdit() => _schemaWarm.RunGenerators(_schemaUnrelatedEdit);

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver FloorUnrelatedEdit() => _floorWarm.RunGenerators(_schemaUnrelatedEdit);

    [Benchmark(Baseline = true), BenchmarkCategory("OneSchemaEdit")]
    public GeneratorDriver SchemaGenOneSchemaEdit() => _schemaWarm.RunGenerators(_schemaOneSchemaEdit);

    /// <summary>Step tracking off, as in the IDE.</summary>
    private static GeneratorDriver SchemaGenDriver() =>
        CSharpGeneratorDriver.Create([new InteractionsSchemaGenerator().AsSourceGenerator()], parseOptions: ParseOptions, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private GeneratorDriver StjDriver() =>
        CSharpGeneratorDriver.Create([_stjGenerator], parseOptions: ParseOptions, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static GeneratorDriver FloorDriver() =>
        CSharpGeneratorDriver.Create([new FloorGenerator().AsSourceGenerator()], parseOptions: ParseOptions, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static SyntaxTree Tree(string text, int index) => CSharpSyntaxTree.ParseText(text, ParseOptions, "Class" + index + ".cs");

    private static string Body(int i) => $$"""
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
        """;

    private static string SchemaClass(int i) => "using SchemaGen;\nnamespace Bench;\n[InteractionsSchema]\npublic partial class Interaction" + i + "\n" + Body(i);

    private static string PlainClass(int i) => "using SchemaGen;\nnamespace Bench;\npublic partial class Interaction" + i + "\n" + Body(i);

    private static string StjContext(int classes) =>
        "using System.Text.Json.Serialization;\nnamespace Bench;\n"
        + string.Concat(Enumerable.Range(0, classes).Select(i => "[JsonSerializable(typeof(Interaction" + i + "))]\n"))
        + "internal partial class BenchContext : JsonSerializerContext { }\n";

    /// <summary>The System.Text.Json source generator as the SDK ships it, next to the reference assemblies.</summary>
    private static ISourceGenerator LoadSystemTextJsonGenerator()
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
}

/// <summary>The floor: finds the attributed types as every attribute-driven generator must, and generates nothing.</summary>
internal sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var found = context.SyntaxProvider.ForAttributeWithMetadataName("SchemaGen.InteractionsSchemaAttribute", static (_, _) => true, static (target, _) => target.TargetSymbol.Name);
        context.RegisterSourceOutput(found.Collect(), static (_, _) => { });
    }
}
