using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The cold run and the keystroke elsewhere of <see cref="GeneratorBenchmarks"/> over 100 classes, repeated many
/// times per iteration as a long-lived process — the IDE, the compiler server — repeats them, so each generator's
/// code is measured optimized rather than as first-tier code: one invocation per iteration over 100 classes is
/// mostly first-tier code, Roslyn's included (over 1,000 classes the per-class code runs often enough to be
/// optimized within the run). Every invocation still gets a fresh copy of its compilation, taken inside the
/// measured call at the same cost for every subject, so symbols are bound anew each time. Twelve warm-up
/// iterations whatever the job: the times stop falling after about ten.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(12)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorSteadyStateBenchmarks
{
    [Params(100)]
    public int Classes { get; set; }

    private SchemaCorpus _corpus = null!;
    private ISourceGenerator _stj = null!;
    private GeneratorDriver _schemaGenWarm = null!;
    private GeneratorDriver _stjWarm = null!;
    private GeneratorDriver _floorWarm = null!;

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

    [Benchmark(Baseline = true), BenchmarkCategory("Cold")]
    public GeneratorDriver SystemTextJsonCold() => SchemaCorpus.Driver(_stj).RunGenerators(_corpus.Stj.Clone());

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver SchemaGenCold() => SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator()).RunGenerators(_corpus.Schemas.Clone());

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver FloorCold() => SchemaCorpus.Driver(SchemaCorpus.FloorGenerator()).RunGenerators(_corpus.Schemas.Clone());

    [Benchmark(Baseline = true), BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SystemTextJsonUnrelatedEdit() => _stjWarm.RunGenerators(_corpus.StjUnrelatedEdit.Clone());

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SchemaGenUnrelatedEdit() => _schemaGenWarm.RunGenerators(_corpus.SchemasUnrelatedEdit.Clone());

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver FloorUnrelatedEdit() => _floorWarm.RunGenerators(_corpus.SchemasUnrelatedEdit.Clone());
}
