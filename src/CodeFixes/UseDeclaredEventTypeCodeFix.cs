using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>SG2004: replaces a misspelled event type with the nearest declared one.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDeclaredEventTypeCodeFix)), Shared]
public sealed class UseDeclaredEventTypeCodeFix : SchemaGenCodeFix
{
    protected override DiagnosticDescriptor Fixes => DiagnosticDescriptors.UnknownEventType;

    protected override Task RegisterAsync(CodeFixContext context, SyntaxNode root, SyntaxNode node)
    {
        if (node is not LiteralExpressionSyntax literal)
        {
            return Task.CompletedTask;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out var eventType) && eventType is not null)
            {
                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(eventType)).WithTriviaFrom(literal);
                Offer(context, "Use \"" + eventType + "\"", root.ReplaceNode(literal, replacement), diagnostic);
            }
        }

        return Task.CompletedTask;
    }
}
