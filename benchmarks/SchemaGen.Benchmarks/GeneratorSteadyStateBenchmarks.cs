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

    private GeneratorSubjects _subjects = null!;

    [GlobalSetup]
    public void Setup() => _subjects = new GeneratorSubjects(Classes);

    [Benchmark(Baseline = true), BenchmarkCategory("Cold")]
    public GeneratorDriver SystemTextJsonCold() => SchemaCorpus.Driver(_subjects.SystemTextJson).RunGenerators(_subjects.Corpus.Stj.Clone());

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver SchemaGenCold() => SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator()).RunGenerators(_subjects.Corpus.Schemas.Clone());

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver FloorCold() => SchemaCorpus.Driver(SchemaCorpus.FloorGenerator()).RunGenerators(_subjects.Corpus.Schemas.Clone());

    [Benchmark(Baseline = true), BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SystemTextJsonUnrelatedEdit() => _subjects.SystemTextJsonWarm.RunGenerators(_subjects.Corpus.StjUnrelatedEdit.Clone());

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SchemaGenUnrelatedEdit() => _subjects.SchemaGenWarm.RunGenerators(_subjects.Corpus.SchemasUnrelatedEdit.Clone());

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver FloorUnrelatedEdit() => _subjects.FloorWarm.RunGenerators(_subjects.Corpus.SchemasUnrelatedEdit.Clone());
}
