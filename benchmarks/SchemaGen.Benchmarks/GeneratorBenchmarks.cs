using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The generator as the compiler and the IDE run it (step tracking off) over N schema classes: a cold run, a
/// keystroke elsewhere, and an edit to one class. Every invocation gets a fresh copy of its compilation, as every
/// keystroke does in the IDE, so symbols are bound anew each time. Peers in the same run: System.Text.Json's
/// source generator over the same classes (the baseline), and a generator that finds the attributed types and
/// does nothing else (the floor).
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    [Params(100, 1000)]
    public int Classes { get; set; }

    private SchemaCorpus _corpus = null!;
    private ISourceGenerator _stj = null!;
    private GeneratorDriver _schemaGenWarm = null!;
    private GeneratorDriver _stjWarm = null!;
    private GeneratorDriver _floorWarm = null!;
    private Compilation _schemas = null!;
    private Compilation _stjClasses = null!;
    private Compilation _schemasUnrelatedEdit = null!;
    private Compilation _stjUnrelatedEdit = null!;
    private Compilation _schemasOneClassEdit = null!;
    private Compilation _stjOneClassEdit = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = new SchemaCorpus(Classes);
        _stj = SchemaCorpus.SystemTextJsonGenerator();
        _schemaGenWarm = SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator()).RunGenerators(_corpus.Schemas);
        _stjWarm = SchemaCorpus.Driver(_stj).RunGenerators(_corpus.Stj);
        _floorWarm = SchemaCorpus.Driver(SchemaCorpus.FloorGenerator()).RunGenerators(_corpus.Schemas);

        SchemaCorpus.EnsureSameJob(_schemaGenWarm, _stjWarm, _corpus, Classes);
    }

    /// <summary>Fresh copies: the same trees, no symbol bound yet.</summary>
    [IterationSetup]
    public void FreshCompilations()
    {
        _schemas = _corpus.Schemas.Clone();
        _stjClasses = _corpus.Stj.Clone();
        _schemasUnrelatedEdit = _corpus.SchemasUnrelatedEdit.Clone();
        _stjUnrelatedEdit = _corpus.StjUnrelatedEdit.Clone();
        _schemasOneClassEdit = _corpus.SchemasOneClassEdit.Clone();
        _stjOneClassEdit = _corpus.StjOneClassEdit.Clone();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Cold")]
    public GeneratorDriver SystemTextJsonCold() => SchemaCorpus.Driver(_stj).RunGenerators(_stjClasses);

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver SchemaGenCold() => SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator()).RunGenerators(_schemas);

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver FloorCold() => SchemaCorpus.Driver(SchemaCorpus.FloorGenerator()).RunGenerators(_schemas);

    [Benchmark(Baseline = true), BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SystemTextJsonUnrelatedEdit() => _stjWarm.RunGenerators(_stjUnrelatedEdit);

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SchemaGenUnrelatedEdit() => _schemaGenWarm.RunGenerators(_schemasUnrelatedEdit);

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver FloorUnrelatedEdit() => _floorWarm.RunGenerators(_schemasUnrelatedEdit);

    [Benchmark(Baseline = true), BenchmarkCategory("OneClassEdit")]
    public GeneratorDriver SystemTextJsonOneClassEdit() => _stjWarm.RunGenerators(_stjOneClassEdit);

    [Benchmark, BenchmarkCategory("OneClassEdit")]
    public GeneratorDriver SchemaGenOneClassEdit() => _schemaGenWarm.RunGenerators(_schemasOneClassEdit);

    [Benchmark, BenchmarkCategory("OneClassEdit")]
    public GeneratorDriver FloorOneClassEdit() => _floorWarm.RunGenerators(_schemasOneClassEdit);
}
