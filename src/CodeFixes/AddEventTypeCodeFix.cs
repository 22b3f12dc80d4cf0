using System.Linq;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG2001: sets <c>EventType = "…"</c> in the object initializer that sets the threshold — replacing the value of an
/// <c>EventType</c> the initializer sets to null, adding the member otherwise — filled with the schema's only declared
/// event type when there is one (an empty string to fill in otherwise). When the event type is assigned after the
/// initializer, that assignment decides it, so the fix is not offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddEventTypeCodeFix)), Shared]
public sealed class AddEventTypeCodeFix : SchemaGenCodeFix
{
    protected override DiagnosticDescriptor Fixes => DiagnosticDescriptors.ThresholdWithoutEventType;

    protected override Task RegisterAsync(CodeFixContext context, SyntaxNode root, SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { Initializer: { } initializer } creation
            || IsAssignedLater(creation))
        {
            return Task.CompletedTask;
        }

        var existing = EventTypeAssignment(initializer);
        if (existing is not null && !IsNullLiteral(existing.Right))
        {
            return Task.CompletedTask;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out var eventType);
            var assignment = SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName("EventType"),
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(eventType ?? string.Empty)));
            var updated = existing is null
                ? root.ReplaceNode(initializer, WithFirst(initializer, assignment))
                : root.ReplaceNode(existing.Right, assignment.Right.WithTriviaFrom(existing.Right));
            Offer(context, string.IsNullOrEmpty(eventType) ? "Set EventType" : "Set EventType = \"" + eventType + "\"", updated, diagnostic);
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether the body around the creation assigns an <c>EventType</c> member in a statement of its own.</summary>
    private static bool IsAssignedLater(SyntaxNode creation)
    {
        var body = creation.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)creation.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>();
        if (body is null)
        {
            return false;
        }

        foreach (var assignment in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "EventType" })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNullLiteral(ExpressionSyntax value) => value switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression),
        CastExpressionSyntax cast => IsNullLiteral(cast.Expression),
        ParenthesizedExpressionSyntax parenthesized => IsNullLiteral(parenthesized.Expression),
        DefaultExpressionSyntax => true,
        _ => false,
    };

    private static AssignmentExpressionSyntax? EventTypeAssignment(InitializerExpressionSyntax initializer)
    {
        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "EventType" } } assignment)
            {
                return assignment;
            }
        }

        return null;
    }

    /// <summary>Puts the assignment first, laid out like the initializer's current first entry.</summary>
    private static InitializerExpressionSyntax WithFirst(InitializerExpressionSyntax initializer, ExpressionSyntax assignment)
    {
        if (initializer.Expressions.Count == 0)
        {
            return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(assignment.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)));
        }

        var first = initializer.Expressions[0];
        var separator = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(
            first.GetLeadingTrivia().Any(SyntaxKind.EndOfLineTrivia) || initializer.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia)
                ? initializer.OpenBraceToken.TrailingTrivia
                : SyntaxFactory.TriviaList(SyntaxFactory.Space));
        var expressions = initializer.Expressions.GetWithSeparators().Insert(0, separator).Insert(0, assignment.WithLeadingTrivia(first.GetLeadingTrivia()));
        var updated = initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(expressions));
        return updated;
    }
}
