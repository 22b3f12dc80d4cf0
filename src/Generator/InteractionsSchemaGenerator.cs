using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator;

/// <summary>
/// The pipeline only: find schema types (<c>[InteractionsSchema]</c>, <c>[ItemsSchema]</c>, …) → parse each into a <see cref="SchemaModel"/> →
/// emit its files and the assembly's registry. A type whose parse found an error generates nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class InteractionsSchemaGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Schema declarations are found by the syntax of their attributes (SchemaDeclarations), and their attribute
        // is read from syntax too where it can be: ForAttributeWithMetadataName binds every attribute of every
        // candidate type, arguments and all, on every edit — more than reading the whole schema costs.
        var parseResults = context.SyntaxProvider
            .CreateSyntaxProvider(
                predicate: static (node, _) => SchemaDeclarations.IsCandidate(node),
                transform: static (context, cancellationToken) => Parse((TypeDeclarationSyntax)context.Node, context.SemanticModel, cancellationToken))
            .WithTrackingName(TrackingNames.ParseResults);

        // Diagnostics are reported by SchemaDefinitionAnalyzer, which runs the same parser: the IDE shows them
        // live and honours #pragma and severity settings, and each is reported once. Only the model flows on
        // here; it holds no locations, so the emitted source is regenerated only when the schema itself changes.
        var schemas = parseResults
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => result.Model!)
            .WithTrackingName(TrackingNames.Schemas);

        var registryEntries = schemas
            .Where(static model => model.IsVisibleToAssembly)
            .Select(static (model, _) => new RegistryEntry(model.FullyQualifiedName, model.SuppressedDiagnosticIds))
            .Collect()
            .WithTrackingName(TrackingNames.RegistryEntries);

        var sdkInterop = context.CompilationProvider
            .Select(static (compilation, _) => SdkInteropDetection.Of(compilation))
            .WithTrackingName(TrackingNames.SdkAvailability);

        // Each schema's file is computed from its model alone: with step tracking on, the driver records every
        // output's whole input tree, so a step that collects every schema would make that recording quadratic.
        context.RegisterSourceOutput(schemas, static (output, model) =>
        {
            if (!model.IsHintNameTaken)
            {
                output.AddSource(model.HintNameStem + GeneratedNames.SchemaFile(model.Dataset), SchemaFileEmitter.Emit(model));
            }
        });

        context.RegisterSourceOutput(sdkInterop, static (output, interop) =>
        {
            if (interop != SdkInterop.None)
            {
                output.AddSource(SdkInteropEmitter.HintName, SdkInteropEmitter.Emit(interop));
            }
        });

        context.RegisterSourceOutput(registryEntries, static (output, entries) =>
        {
            if (!entries.IsEmpty)
            {
                output.AddSource(RegistryEmitter.HintName, RegistryEmitter.Emit(entries));
            }
        });
    }

    /// <summary>
    /// This runs for every attributed class, struct and record whenever the compilation changes, so a declaration is
    /// read from its syntax where syntax settles it; any other goes to the symbol parser, with the attribute bound.
    /// </summary>
    private static SchemaParseResult Parse(TypeDeclarationSyntax declaration, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (!SchemaDeclarations.MayCarrySchemaAttribute(declaration, semanticModel.Compilation)
            || semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not { } type)
        {
            return SchemaParseResult.None;
        }

        if (SchemaParser.TryReadFromSyntax(declaration, type, semanticModel, cancellationToken, out var model))
        {
            return model is null ? SchemaParseResult.None : new SchemaParseResult(model, EquatableArray<DiagnosticInfo>.Empty);
        }

        return SchemaAttribute.FindOn(type, declaration) is { } attribute
            ? SchemaParser.Parse(type, attribute, cancellationToken)
            : SchemaParseResult.None;
    }
}
