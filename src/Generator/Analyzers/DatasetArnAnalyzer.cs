using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3003: a literal dataset ARN that names a dataset of another type than the call writes to — the group's
/// <c>…/INTERACTIONS</c> ARN given to a <c>PutItemsBuilder</c>, to SchemaGen's <c>PutItemsRequest</c> (or its
/// <c>Batch</c>), or as the <c>DatasetArn</c> of the AWS SDK's <c>PutItemsRequest</c>. The request would be refused
/// before it is sent (SchemaGen's) or by the service (the SDK's); the editor says so where the ARN is written.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DatasetArnAnalyzer : SchemaGenAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.WrongDatasetArn);

    private protected override void Start(CompilationStartAnalysisContext start, SchemaParseCache parses)
    {
        start.RegisterOperationAction(context => AnalyzeCreation(context, parses), OperationKind.ObjectCreation);
        start.RegisterOperationAction(AnalyzeBatch, OperationKind.Invocation);
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, SchemaParseCache parses)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        if (RuntimeRequestDataset(type) is { } requested)
        {
            Check(context, creation.Arguments.Length > 0 ? creation.Arguments[0].Value : null, requested);
        }
        else if (BuilderDataset(type, parses, context.CancellationToken) is { } built)
        {
            Check(context, creation.Arguments.Length > 0 ? creation.Arguments[0].Value : null, built);
        }
        else if (SdkRequestDataset(type) is { } sent && creation.Initializer is { } initializer)
        {
            foreach (var initialization in initializer.Initializers)
            {
                if (initialization is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "DatasetArn" } } assignment)
                {
                    Check(context, assignment.Value, sent);
                }
            }
        }
    }

    /// <summary><c>PutItemsRequest.Batch(datasetArn, items)</c>.</summary>
    private static void AnalyzeBatch(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is { Name: "Batch", IsStatic: true, ContainingType: { } type }
            && RuntimeRequestDataset(type) is { } requested
            && invocation.Arguments.Length > 0)
        {
            Check(context, invocation.Arguments[0].Value, requested);
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation? value, DatasetType expected)
    {
        if (OperationFacts.ConstantString(value) is { } arn
            && DatasetArns.DatasetTypeOf(arn) is { } named
            && named != expected.ArnName)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongDatasetArn, value!.Syntax.GetLocation(), arn, named, expected.Operation, expected.ArnName));
        }
    }

    /// <summary>SchemaGen's <c>PutItemsRequest</c>, <c>PutUsersRequest</c> or <c>PutActionsRequest</c>: its dataset type.</summary>
    private static DatasetType? RuntimeRequestDataset(INamedTypeSymbol type) =>
        type.ContainingNamespace is { Name: KnownNames.RuntimeNamespace, ContainingNamespace.IsGlobalNamespace: true } ? DatasetOfRequestName(type.Name) : null;

    /// <summary>The AWS SDK's <c>PutItemsRequest</c>, …: its dataset type.</summary>
    private static DatasetType? SdkRequestDataset(INamedTypeSymbol type) =>
        type.ToDisplayString() is KnownNames.SdkPutItemsRequestType or KnownNames.SdkPutUsersRequestType or KnownNames.SdkPutActionsRequestType
            ? DatasetOfRequestName(type.Name)
            : null;

    private static DatasetType? DatasetOfRequestName(string name) => name switch
    {
        "PutItemsRequest" => DatasetType.Items,
        "PutUsersRequest" => DatasetType.Users,
        "PutActionsRequest" => DatasetType.Actions,
        _ => null,
    };

    /// <summary>A schema type's generated <c>PutItemsBuilder</c>, …: the dataset type of the schema it is nested in.</summary>
    private static DatasetType? BuilderDataset(INamedTypeSymbol type, SchemaParseCache parses, System.Threading.CancellationToken cancellationToken)
    {
        if (!type.Name.EndsWith("Builder", System.StringComparison.Ordinal) || type.ContainingType is not { } schemaType)
        {
            return null;
        }

        var dataset = parses.Parse(schemaType, cancellationToken)?.Model?.Dataset;
        return dataset is not null && dataset != DatasetType.ActionInteractions && Emit.RecordNames.Of(dataset)?.Builder == type.Name ? dataset : null;
    }
}
