using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks;

/// <summary>The floor: finds the attributed types as every attribute-driven generator must, and generates nothing.</summary>
internal sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var found = context.SyntaxProvider.ForAttributeWithMetadataName("SchemaGen.InteractionsSchemaAttribute", static (_, _) => true, static (target, _) => target.TargetSymbol.Name);
        context.RegisterSourceOutput(found.Collect(), static (_, _) => { });
    }
}
