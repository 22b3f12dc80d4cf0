using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>The types the usage analyzers look for, resolved once per compilation by metadata name.</summary>
internal sealed class UsageTypes
{
    private UsageTypes(Compilation compilation)
    {
        SchemaAttribute = compilation.GetTypeByMetadataName(KnownNames.InteractionsSchemaAttribute);
        TrainingConfig = compilation.GetTypeByMetadataName("SchemaGen.SolutionTrainingConfig");
        SdkCreateSolutionRequest = compilation.GetTypeByMetadataName("Amazon.Personalize.Model.CreateSolutionRequest");
        SdkSolutionConfig = compilation.GetTypeByMetadataName("Amazon.Personalize.Model.SolutionConfig");
        SdkEvent = compilation.GetTypeByMetadataName(KnownNames.SdkEventType);
        SdkPutEventsRequest = compilation.GetTypeByMetadataName(KnownNames.SdkPutEventsRequestType);
    }

    public INamedTypeSymbol? SchemaAttribute { get; }

    public INamedTypeSymbol? TrainingConfig { get; }

    public INamedTypeSymbol? SdkCreateSolutionRequest { get; }

    public INamedTypeSymbol? SdkSolutionConfig { get; }

    public INamedTypeSymbol? SdkEvent { get; }

    public INamedTypeSymbol? SdkPutEventsRequest { get; }

    public static UsageTypes Resolve(Compilation compilation) => new(compilation);

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
