using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SchemaGen.CodeFixes;

/// <summary>
/// What every SchemaGen code fix shares: the one rule it fixes, fix-all in batches, finding the node the diagnostic
/// points at, and offering an action that replaces the document's root. Each fix decides only what to change.
/// </summary>
public abstract class SchemaGenCodeFix : CodeFixProvider
{
    /// <summary>The rule this fix fixes.</summary>
    protected abstract DiagnosticDescriptor Fixes { get; }

    public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Fixes.Id);

    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is { } node)
        {
            await RegisterAsync(context, root, node).ConfigureAwait(false);
        }
    }

    /// <summary>Offers this fix's actions for the diagnostics of <paramref name="context"/>, reported at <paramref name="node"/>.</summary>
    protected abstract Task RegisterAsync(CodeFixContext context, SyntaxNode root, SyntaxNode node);

    /// <summary>Offers one action that turns the document's root into <paramref name="fixedRoot"/>.</summary>
    protected void Offer(CodeFixContext context, string title, SyntaxNode fixedRoot, Diagnostic diagnostic, string equivalenceSuffix = "") =>
        context.RegisterCodeFix(
            CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), equivalenceKey: GetType().Name + equivalenceSuffix),
            diagnostic);
}
