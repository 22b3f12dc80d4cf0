using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// What every SchemaGen analyzer does first: run concurrently, leave generated code alone, and start work for a
/// compilation only when it references SchemaGen, with the compilation's shared parse cache at hand.
/// </summary>
public abstract class SchemaGenAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SchemaParseCache.For(start.Compilation) is { } parses)
            {
                Start(start, parses);
            }
        });
    }

    /// <summary>Registers this analyzer's actions for one compilation that references SchemaGen.</summary>
    private protected abstract void Start(CompilationStartAnalysisContext start, SchemaParseCache parses);
}
