using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// Reports the SG1xxx schema-definition rules by running the generator's own parser once per
/// <c>[InteractionsSchema]</c> type, so the generator and the IDE can never disagree. The generator itself reports
/// nothing: each diagnostic comes from here, exactly once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaDefinitionAnalyzer : DiagnosticAnalyzer
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
        DiagnosticDescriptors.DuplicateSchemaName);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var attributeType = start.Compilation.GetTypeByMetadataName(KnownNames.InteractionsSchemaAttribute);
            if (attributeType is null)
            {
                return;
            }

            var treesByPath = new System.Lazy<System.Collections.Generic.Dictionary<string, SyntaxTree>>(() =>
            {
                var trees = new System.Collections.Generic.Dictionary<string, SyntaxTree>();
                foreach (var tree in start.Compilation.SyntaxTrees)
                {
                    trees[tree.FilePath] = tree;
                }

                return trees;
            });
            var schemasByName = new System.Lazy<System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<INamedTypeSymbol>>>(
                () => SchemasByName(start.Compilation, attributeType));
            start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, attributeType, treesByPath, schemasByName), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(
        SymbolAnalysisContext context,
        INamedTypeSymbol attributeType,
        System.Lazy<System.Collections.Generic.Dictionary<string, SyntaxTree>> treesByPath,
        System.Lazy<System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<INamedTypeSymbol>>> schemasByName)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attribute = SchemaAttribute.Find(type, attributeType);
        if (attribute is null)
        {
            return;
        }

        var result = SchemaParser.Parse(type, attribute, context.CancellationToken);
        foreach (var diagnostic in result.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic(path => treesByPath.Value.TryGetValue(path, out var tree) ? tree : null));
        }

        if (result.Model is { } model && schemasByName.Value.TryGetValue(model.SchemaName, out var sameName))
        {
            foreach (var other in sameName)
            {
                if (!SymbolEqualityComparer.Default.Equals(other, type))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DuplicateSchemaName,
                        type.Locations.Length > 0 ? type.Locations[0] : Location.None,
                        model.SchemaName,
                        type.ToDisplayString(),
                        other.ToDisplayString()));
                    break;
                }
            }
        }
    }

    /// <summary>Every schema type of the compilation's source by schema name (the attribute's Name, or the type name).</summary>
    private static System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<INamedTypeSymbol>> SchemasByName(Compilation compilation, INamedTypeSymbol attributeType)
    {
        var byName = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<INamedTypeSymbol>>(System.StringComparer.Ordinal);
        foreach (var symbol in compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Type))
        {
            if (symbol is not INamedTypeSymbol type || SchemaAttribute.Find(type, attributeType) is not { } attribute)
            {
                continue;
            }

            var name = type.Name;
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == KnownNames.NameArgument && argument.Value.Value is string given)
                {
                    name = given;
                }
            }

            if (!byName.TryGetValue(name, out var types))
            {
                types = new System.Collections.Generic.List<INamedTypeSymbol>();
                byName.Add(name, types);
            }

            types.Add(type);
        }

        return byName;
    }
}
