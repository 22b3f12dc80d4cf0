using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Analyzers;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Runs SchemaGen's analyzers on a compilation, as the compiler does during a build.</summary>
internal static class AnalyzerRunner
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(SchemaDefinitionAnalyzer).Assembly
        .GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
        .Select(type => (DiagnosticAnalyzer)System.Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>The analyzers' diagnostics, plus AD0001 for any analyzer that threw.</summary>
    /// <param name="additionalFiles">The project's additional files, such as shipped schemas.</param>
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Compilation compilation, (string Path, string Text)[]? additionalFiles = null)
    {
        var withAnalyzers = compilation.WithAnalyzers(All, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions((additionalFiles ?? []).Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray()),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync();
        return all.Where(diagnostic => diagnostic.Id.StartsWith("SG", System.StringComparison.Ordinal) || diagnostic.Id == "AD0001").ToImmutableArray();
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}
