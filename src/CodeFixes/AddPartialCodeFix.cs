using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>SG1001: adds <c>partial</c> to the schema type (or the type that contains it).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
public sealed class AddPartialCodeFix : SchemaGenCodeFix
{
    protected override DiagnosticDescriptor Fixes => DiagnosticDescriptors.TypeMustBePartial;

    protected override Task RegisterAsync(CodeFixContext context, SyntaxNode root, SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                Offer(context, "Make '" + declaration.Identifier.ValueText + "' partial", root.ReplaceNode(declaration, WithPartial(declaration)), diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary><c>partial</c> goes last among the modifiers, right before the type keyword.</summary>
    private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Count > 0)
        {
            return declaration.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }

        // No modifiers: partial takes over the keyword's leading trivia (the line's indentation).
        var keyword = declaration.Keyword;
        var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return declaration
            .WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
            .WithModifiers(SyntaxFactory.TokenList(partial));
    }
}
