using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG1030: after an intended change (the new dataset is created, or the change was deployed), writes the schema
/// type's current Avro schema into its shipped file, as <c>schemagen export --shipped</c> would. Not a source edit:
/// the shipped file is an additional document of the project.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UpdateShippedSchemaCodeFix)), Shared]
public sealed class UpdateShippedSchemaCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticDescriptors.ShippedSchemaChanged.Id);

    // One action rewrites the whole file, so it answers every diagnostic of the schema at once.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.ShippedSchemaPath, out var path) || path is null
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.AvroSchemaJson, out var json) || json is null)
            {
                continue;
            }

            foreach (var document in context.Document.Project.AdditionalDocuments)
            {
                if (document.FilePath == path)
                {
                    var solution = context.Document.Project.Solution;
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Ship this schema (rewrite " + Path.GetFileName(path) + ")",
                            _ => Task.FromResult(solution.WithAdditionalDocumentText(document.Id, SourceText.From(json))),
                            equivalenceKey: nameof(UpdateShippedSchemaCodeFix)),
                        diagnostic);
                    break;
                }
            }
        }

        return Task.CompletedTask;
    }
}
