using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The floor: finds the attributed types with <c>ForAttributeWithMetadataName</c>, Roslyn's API for attribute-driven
/// generators, and generates nothing.
/// </summary>
internal sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var found = context.SyntaxProvider.ForAttributeWithMetadataName("SchemaGen.InteractionsSchemaAttribute", static (_, _) => true, static (target, _) => target.TargetSymbol.Name);
        context.RegisterSourceOutput(found.Collect(), static (_, _) => { });
    }
}
