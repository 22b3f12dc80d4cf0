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
using SchemaGen.Generator.Personalize;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG1011: adds the missing required property (<c>string UserId</c>, <c>string ItemId</c>, <c>long Timestamp</c>, …)
/// after the required properties already there, so the schema keeps its required fields first, in their order. The property
/// is shaped for the type: an initializer where the type allows one, <c>init</c> in a readonly struct. The fix is not
/// offered where no property can be added that compiles: a member of that name already exists (mapped to another
/// field, or not a property), or a struct with constructors of its own predates C# 10.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRequiredFieldCodeFix)), Shared]
public sealed class AddRequiredFieldCodeFix : SchemaGenCodeFix
{
    protected override DiagnosticDescriptor Fixes => DiagnosticDescriptors.RequiredFieldMissing;

    /// <summary>Each missing field is its own fix: fixing all at once would insert several properties into one declaration.</summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    protected override async Task RegisterAsync(CodeFixContext context, SyntaxNode root, SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
        {
            return;
        }

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model?.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type)
        {
            return;
        }

        var languageVersion = ((CSharpParseOptions)declaration.SyntaxTree.Options).LanguageVersion;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.PropertyName, out var name) || name is null
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.PropertyType, out var propertyType) || propertyType is null
                || HasMemberNamed(type, name)
                || RequiredPropertyShape.For(type, languageVersion) is not { } shape)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add property '" + name + "'",
                    cancellationToken => AddAsync(context.Document, root, declaration, Marked(shape.Declare(name, propertyType), diagnostic), RequiredOrder(diagnostic), cancellationToken),
                    equivalenceKey: nameof(AddRequiredFieldCodeFix) + name),
                diagnostic);
        }
    }

    /// <summary>A member of that name, in the type or one it inherits from, would clash with or be hidden by the new property.</summary>
    private static bool HasMemberNamed(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (!current.GetMembers(name).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private static Task<Document> AddAsync(Document document, SyntaxNode root, TypeDeclarationSyntax declaration, PropertyDeclarationSyntax property, string[] requiredOrder, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var index = InsertionIndex(declaration, property.Identifier.ValueText, requiredOrder);
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

    /// <summary>The property with the attribute the field must carry (a domain's categorical field), if any.</summary>
    private static PropertyDeclarationSyntax Marked(PropertyDeclarationSyntax property, Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Attribute, out var attribute) && attribute is not null
            ? property.WithAttributeLists(SyntaxFactory.SingletonList(SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName(attribute))))))
            : property;

    /// <summary>The properties of the schema's required fields, in field order (USER_ID, ITEM_ID, TIMESTAMP for Interactions).</summary>
    private static string[] RequiredOrder(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.RequiredProperties, out var names) && names is not null ? names.Split(',') : new string[0];

    /// <summary>Right after the last required property that comes before this one in the schema's required-field order.</summary>
    private static int InsertionIndex(TypeDeclarationSyntax declaration, string name, string[] requiredOrder)
    {
        var earlier = requiredOrder.TakeWhile(required => required != name).ToList();
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
}
