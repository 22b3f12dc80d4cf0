using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Benchmarks;

/// <summary>The floor: the kinds of actions SchemaGen's analyzers register, doing nothing.</summary>
internal sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("FLOOR1", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
            start.RegisterOperationBlockStartAction(static block => block.RegisterOperationAction(static _ => { }, OperationKind.ObjectCreation, OperationKind.SimpleAssignment));
            start.RegisterOperationAction(static _ => { }, OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.SimpleAssignment);
        });
    }
}
