using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG1011: adds the missing required property (<c>string UserId</c>, <c>string ItemId</c>, <c>long Timestamp</c>)
/// after the required properties already there, so the schema keeps USER_ID, ITEM_ID, TIMESTAMP first.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRequiredFieldCodeFix)), Shared]
public sealed class AddRequiredFieldCodeFix : CodeFixProvider
{
    private static readonly string[] RequiredPropertyOrder = { "UserId", "ItemId", "Timestamp" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.RequiredFieldMissing.Id);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.PropertyName, out var name) || name is null
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.PropertyType, out var type) || type is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add property '" + name + "'",
                    cancellationToken => AddAsync(context.Document, root, declaration, name, type, cancellationToken),
                    equivalenceKey: nameof(AddRequiredFieldCodeFix) + name),
                diagnostic);
        }
    }

    private static Task<Document> AddAsync(Document document, SyntaxNode root, TypeDeclarationSyntax declaration, string name, string type, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var index = InsertionIndex(declaration, name);
        var property = Property(name, type);
        if (declaration.Members.Count > 0)
        {
            // Lay the new line out like its neighbour: same indentation, same line ending.
            var neighbour = declaration.Members[index > 0 ? index - 1 : 0];
            property = property.WithLeadingTrivia(neighbour.GetLeadingTrivia()).WithTrailingTrivia(neighbour.GetTrailingTrivia());
        }
        else
        {
            property = property.WithAdditionalAnnotations(Formatter.Annotation);
        }

        var updated = declaration.WithMembers(declaration.Members.Insert(index, property));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(declaration, updated)));
    }

    /// <summary>Right after the last required property that comes before this one in USER_ID, ITEM_ID, TIMESTAMP order.</summary>
    private static int InsertionIndex(TypeDeclarationSyntax declaration, string name)
    {
        var earlier = RequiredPropertyOrder.TakeWhile(required => required != name).ToList();
        var index = 0;
        for (var i = 0; i < declaration.Members.Count; i++)
        {
            if (declaration.Members[i] is PropertyDeclarationSyntax property && earlier.Contains(property.Identifier.ValueText))
            {
                index = i + 1;
            }
        }

        return index;
    }

    private static PropertyDeclarationSyntax Property(string name, string type)
    {
        var text = type == "string"
            ? "public string " + name + " { get; set; } = \"\";"
            : "public " + type + " " + name + " { get; set; }";
        return (PropertyDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(text)!;
    }
}
