using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG2001: adds <c>EventType = "…"</c> to the object initializer that sets the threshold, filled with the schema's
/// only declared event type when there is one (an empty string to fill in otherwise).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddEventTypeCodeFix)), Shared]
public sealed class AddEventTypeCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ThresholdWithoutEventType.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { Initializer: { } initializer })
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out var eventType);
            var assignment = SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName("EventType"),
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(eventType ?? string.Empty)));
            context.RegisterCodeFix(
                CodeAction.Create(
                    string.IsNullOrEmpty(eventType) ? "Add EventType" : "Add EventType = \"" + eventType + "\"",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(initializer, WithFirst(initializer, assignment)))),
                    equivalenceKey: nameof(AddEventTypeCodeFix)),
                diagnostic);
        }
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
