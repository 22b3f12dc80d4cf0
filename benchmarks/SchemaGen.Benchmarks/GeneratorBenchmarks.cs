using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The generator as the compiler and the IDE run it (step tracking off) over N schema classes in each declaration
/// style users write (<see cref="DeclarationStyle"/>): a cold run on a fresh compilation (no symbol bound yet: the
/// peer's deep binding is charged to the peer) and on a bound one (every declaration already bound, as the compiler
/// binds them anyway to compile: each generator's own work), a keystroke elsewhere — also with step tracking on, as
/// incremental tests run — and an edit to one class. Every invocation gets a fresh copy of its compilation, as every
/// keystroke does in the IDE, and starts after a full garbage collection, so no subject pays for another's garbage:
/// one invocation over 1,000 classes otherwise swings by a collection of the whole heap, more than the subjects
/// differ by. Nine iterations, read by their median, with every method compiled optimized from its first call
/// (<see cref="OptimizedJitAttribute"/>). Peers in the same run: System.Text.Json's source generator over
/// the same classes (the baseline), a generator that finds the attributed types with ForAttributeWithMetadataName and
/// does nothing else (the floor), and, on the unrelated edit, one that finds them by syntax as SchemaGen does (the
/// syntax floor).
/// </summary>
[MemoryDiagnoser]
[OptimizedJit]
[InvocationCount(1, 1)]
[WarmupCount(2)]
[IterationCount(9)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    [Params(DeclarationStyle.Plain, DeclarationStyle.Readme, DeclarationStyle.Qualified, DeclarationStyle.Mixed)]
    public DeclarationStyle Style { get; set; }

    [Params(100, 1000)]
    public int Classes { get; set; }

    private GeneratorSubjects _subjects = null!;
    private Compilation _schemas = null!;
    private Compilation _stjClasses = null!;
    private Compilation _schemasUnrelatedEdit = null!;
    private Compilation _stjUnrelatedEdit = null!;
    private Compilation _schemasOneClassEdit = null!;
    private Compilation _stjOneClassEdit = null!;

    [GlobalSetup]
    public void Setup() => _subjects = new GeneratorSubjects(Classes, Style);

    /// <summary>Fresh copies: the same trees, no symbol bound yet.</summary>
    [IterationSetup(Targets = [
        nameof(SystemTextJsonCold), nameof(SchemaGenCold), nameof(FloorCold),
        nameof(SystemTextJsonUnrelatedEdit), nameof(SchemaGenUnrelatedEdit), nameof(FloorUnrelatedEdit), nameof(SyntaxFloorUnrelatedEdit),
        nameof(SystemTextJsonUnrelatedEditTracked), nameof(SchemaGenUnrelatedEditTracked),
        nameof(SystemTextJsonOneClassEdit), nameof(SchemaGenOneClassEdit), nameof(FloorOneClassEdit)])]
    public void FreshCompilations()
    {
        var corpus = _subjects.Corpus;
        _schemas = corpus.Schemas.Clone();
        _stjClasses = corpus.Stj.Clone();
        _schemasUnrelatedEdit = corpus.SchemasUnrelatedEdit.Clone();
        _stjUnrelatedEdit = corpus.StjUnrelatedEdit.Clone();
        _schemasOneClassEdit = corpus.SchemasOneClassEdit.Clone();
        _stjOneClassEdit = corpus.StjOneClassEdit.Clone();
        CollectGarbage();
    }

    /// <summary>Fresh copies with every declaration bound (members, their types and attributes), outside the measurement.</summary>
    [IterationSetup(Targets = [nameof(SystemTextJsonColdBound), nameof(SchemaGenColdBound), nameof(FloorColdBound)])]
    public void BoundCompilations()
    {
        _schemas = _subjects.Corpus.Schemas.Clone();
        _schemas.GetDeclarationDiagnostics();
        _stjClasses = _subjects.Corpus.Stj.Clone();
        _stjClasses.GetDeclarationDiagnostics();
        CollectGarbage();
    }

    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Cold")]
    public GeneratorDriver SystemTextJsonCold() => SchemaCorpus.Driver(_subjects.SystemTextJson).RunGenerators(_stjClasses);

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver SchemaGenCold() => SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator()).RunGenerators(_schemas);

    [Benchmark, BenchmarkCategory("Cold")]
    public GeneratorDriver FloorCold() => SchemaCorpus.Driver(SchemaCorpus.FloorGenerator()).RunGenerators(_schemas);

    [Benchmark(Baseline = true), BenchmarkCategory("ColdBound")]
    public GeneratorDriver SystemTextJsonColdBound() => SchemaCorpus.Driver(_subjects.SystemTextJson).RunGenerators(_stjClasses);

    [Benchmark, BenchmarkCategory("ColdBound")]
    public GeneratorDriver SchemaGenColdBound() => SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator()).RunGenerators(_schemas);

    [Benchmark, BenchmarkCategory("ColdBound")]
    public GeneratorDriver FloorColdBound() => SchemaCorpus.Driver(SchemaCorpus.FloorGenerator()).RunGenerators(_schemas);

    [Benchmark(Baseline = true), BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SystemTextJsonUnrelatedEdit() => _subjects.SystemTextJsonWarm.RunGenerators(_stjUnrelatedEdit);

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SchemaGenUnrelatedEdit() => _subjects.SchemaGenWarm.RunGenerators(_schemasUnrelatedEdit);

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver FloorUnrelatedEdit() => _subjects.FloorWarm.RunGenerators(_schemasUnrelatedEdit);

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SyntaxFloorUnrelatedEdit() => _subjects.SyntaxFloorWarm.RunGenerators(_schemasUnrelatedEdit);

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SystemTextJsonUnrelatedEditTracked() => _subjects.SystemTextJsonTrackedWarm.RunGenerators(_stjUnrelatedEdit);

    [Benchmark, BenchmarkCategory("UnrelatedEdit")]
    public GeneratorDriver SchemaGenUnrelatedEditTracked() => _subjects.SchemaGenTrackedWarm.RunGenerators(_schemasUnrelatedEdit);

    [Benchmark(Baseline = true), BenchmarkCategory("OneClassEdit")]
    public GeneratorDriver SystemTextJsonOneClassEdit() => _subjects.SystemTextJsonWarm.RunGenerators(_stjOneClassEdit);

    [Benchmark, BenchmarkCategory("OneClassEdit")]
    public GeneratorDriver SchemaGenOneClassEdit() => _subjects.SchemaGenWarm.RunGenerators(_schemasOneClassEdit);

    [Benchmark, BenchmarkCategory("OneClassEdit")]
    public GeneratorDriver FloorOneClassEdit() => _subjects.FloorWarm.RunGenerators(_schemasOneClassEdit);
}
