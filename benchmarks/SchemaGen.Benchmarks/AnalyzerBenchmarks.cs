using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Benchmarks;

/// <summary>
/// All SchemaGen analyzers over the compilation the IDE analyzes (the schema classes with the generated code), via
/// <see cref="CompilationWithAnalyzers"/>, against the generator's cold run over the same classes (the baseline), and
/// an analyzer that registers the same kinds of actions and does nothing (the floor): operation-block actions make
/// the compiler bind every method body, generated ones included, which is most of the time and paid by any such
/// analyzer. Every invocation gets a fresh copy of its compilation. Over 1,000 classes only: each invocation takes
/// seconds, and over 100 the spread between runs was wider than the difference from the floor.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
public class AnalyzerBenchmarks
{
    [Params(1000)]
    public int Classes { get; set; }

    private SchemaCorpus _corpus = null!;
    private Compilation _withGeneratedCode = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private Compilation _schemas = null!;
    private Compilation _analyzed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = new SchemaCorpus(Classes);
        SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator()).RunGeneratorsAndUpdateCompilation(_corpus.Schemas, out _withGeneratedCode, out _);
        _analyzers = typeof(SchemaGen.Generator.InteractionsSchemaGenerator).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

        // The analyzers run, and find nothing to report on these valid schemas.
        var diagnostics = Analyze(_withGeneratedCode).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        if (_analyzers.Length < 3 || diagnostics.Length > 0)
        {
            throw new InvalidOperationException($"{_analyzers.Length} analyzers; unexpected diagnostics: {string.Join("; ", diagnostics.Take(3))}");
        }
    }

    [IterationSetup]
    public void FreshCompilations()
    {
        _schemas = _corpus.Schemas.Clone();
        _analyzed = _withGeneratedCode.Clone();
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver GeneratorCold() => SchemaCorpus.Driver(SchemaCorpus.SchemaGenGenerator()).RunGenerators(_schemas);

    [Benchmark]
    public ImmutableArray<Diagnostic> AllAnalyzers() => Analyze(_analyzed);

    [Benchmark]
    public ImmutableArray<Diagnostic> FloorAnalyzer() => Analyze(_analyzed, [new FloorAnalyzer()]);

    private ImmutableArray<Diagnostic> Analyze(Compilation compilation) => Analyze(compilation, _analyzers);

    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(AnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    private static AnalyzerOptions AnalyzerOptions() => new(ImmutableArray<AdditionalText>.Empty);
}
