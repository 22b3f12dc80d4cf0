using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Parsing.Rules;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// Reports the SG1xxx schema-definition rules by running the generator's own parser once per
/// schema type (<c>[InteractionsSchema]</c>, <c>[ItemsSchema]</c>, …), so the generator and the IDE can never disagree. The generator itself reports
/// nothing: each diagnostic comes from here, exactly once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaDefinitionAnalyzer : SchemaGenAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TypeMustBePartial,
        DiagnosticDescriptors.UnsupportedPropertyType,
        DiagnosticDescriptors.InvalidCategorical,
        DiagnosticDescriptors.InvalidFieldName,
        DiagnosticDescriptors.DuplicateFieldName,
        DiagnosticDescriptors.GenericSchemaType,
        DiagnosticDescriptors.ReservedFieldType,
        DiagnosticDescriptors.InvalidEventType,
        DiagnosticDescriptors.InvalidSchemaName,
        DiagnosticDescriptors.NotReadable,
        DiagnosticDescriptors.RequiredFieldMissing,
        DiagnosticDescriptors.ForbiddenPropertiesKey,
        DiagnosticDescriptors.TooManyMetadataFields,
        DiagnosticDescriptors.TooManyOptionalFieldsAndEventTypes,
        DiagnosticDescriptors.StringFieldNotCategorical,
        DiagnosticDescriptors.BooleanFieldIgnored,
        DiagnosticDescriptors.AvroSchemaTooLong,
        DiagnosticDescriptors.AvroSchemaTooLongForCloudFormation,
        DiagnosticDescriptors.FileLocalSchemaType,
        DiagnosticDescriptors.GeneratedMemberConflict,
        DiagnosticDescriptors.UnusableMember,
        DiagnosticDescriptors.RefStructSchemaType,
        DiagnosticDescriptors.SchemaTypeNamedLikeRuntimeType,
        DiagnosticDescriptors.TwoSchemaAttributes,
        DiagnosticDescriptors.InvalidActionEventType,
        DiagnosticDescriptors.DomainFieldMarking,
        DiagnosticDescriptors.MissingMetadataField,
        DiagnosticDescriptors.InvalidTextual,
        DiagnosticDescriptors.DuplicateSchemaName);

    private protected override void Start(CompilationStartAnalysisContext start, SchemaParseCache parses)
    {
        var treesByPath = new System.Lazy<System.Collections.Generic.Dictionary<string, SyntaxTree>>(() =>
        {
            var trees = new System.Collections.Generic.Dictionary<string, SyntaxTree>();
            foreach (var tree in start.Compilation.SyntaxTrees)
            {
                trees[tree.FilePath] = tree;
            }

            return trees;
        });
        start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, parses, treesByPath), SymbolKind.NamedType);
    }

    private static void AnalyzeType(
        SymbolAnalysisContext context,
        SchemaParseCache parses,
        System.Lazy<System.Collections.Generic.Dictionary<string, SyntaxTree>> treesByPath)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (parses.Parse(type, context.CancellationToken) is not { } result)
        {
            return;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic(path => treesByPath.Value.TryGetValue(path, out var tree) ? tree : null));
        }

        if (result.Model is not { } model)
        {
            return;
        }

        // The schema name comes from the same parse as everything else: the attribute's Name, or the type name.
        if (DuplicateSchemaNameRule.Check(type, model, parses.AllSchemas(context.CancellationToken)) is { } duplicate)
        {
            context.ReportDiagnostic(duplicate);
        }
    }
}
