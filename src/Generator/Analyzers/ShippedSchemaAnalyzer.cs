using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Analyzers.Evolution;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing.Rules;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG1030 and SG1031: each schema type against the schema the project shipped for it, the way public-API tracking
/// compares a project with its shipped API. Shipped schemas are additional files named
/// <c>ShippedSchemas/&lt;schema name&gt;.avsc</c>; a schema without one has not been deployed and is not checked, and a
/// project without any pays nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ShippedSchemaAnalyzer : SchemaGenAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ShippedSchemaChanged,
        DiagnosticDescriptors.ShippedSchemaUnreadable);

    private protected override void Start(CompilationStartAnalysisContext start, SchemaParseCache parses)
    {
        var shipped = ShippedFiles(start.Options.AdditionalFiles);
        if (shipped.Count > 0)
        {
            start.RegisterSymbolAction(context => AnalyzeType(context, parses, shipped), SymbolKind.NamedType);
        }
    }

    /// <summary>The shipped schema files by schema name (the file name without <c>.avsc</c>).</summary>
    private static Dictionary<string, AdditionalText> ShippedFiles(ImmutableArray<AdditionalText> files)
    {
        var shipped = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = file.Path;
            if (path.EndsWith(ShippedSchema.Extension, StringComparison.OrdinalIgnoreCase)
                && string.Equals(Path.GetFileName(Path.GetDirectoryName(path)), ShippedSchema.FolderName, StringComparison.OrdinalIgnoreCase))
            {
                shipped[Path.GetFileNameWithoutExtension(path)] = file;
            }
        }

        return shipped;
    }

    private static void AnalyzeType(SymbolAnalysisContext context, SchemaParseCache parses, Dictionary<string, AdditionalText> shipped)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (parses.Parse(type, context.CancellationToken)?.Model is not { } model || !shipped.TryGetValue(model.SchemaName, out var file))
        {
            return;
        }

        // A schema name two types share (SG1021) names no one schema: which of them was shipped is not known.
        var sharing = 0;
        foreach (var (_, other) in parses.AllSchemas(context.CancellationToken))
        {
            sharing += other.SchemaName == model.SchemaName ? 1 : 0;
        }

        if (sharing > 1)
        {
            return;
        }

        var text = file.GetText(context.CancellationToken)?.ToString();
        if (text is null)
        {
            context.ReportDiagnostic(ShippedSchemaUnreadableRule.Create(type, file.Path, "the file cannot be read"));
            return;
        }

        if (ShippedSchema.Read(text, out var problem) is not { } schema)
        {
            context.ReportDiagnostic(ShippedSchemaUnreadableRule.Create(type, file.Path, problem!));
            return;
        }

        foreach (var diagnostic in ShippedSchemaChangedRule.Check(type, model, file.Path, schema))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
