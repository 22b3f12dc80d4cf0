using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>SG1015: marks a string metadata property <c>[Categorical]</c>, so Personalize trains on it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCategoricalCodeFix)), Shared]
public sealed class AddCategoricalCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.StringFieldNotCategorical.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(context.Span);
        if (root is null || node is null)
        {
            return;
        }

        // A property, or a positional record parameter (which takes a property-targeted attribute).
        SyntaxNode? target = (SyntaxNode?)node.FirstAncestorOrSelf<PropertyDeclarationSyntax>() ?? node.FirstAncestorOrSelf<ParameterSyntax>();
        if (target is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Mark the field [Categorical]",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(target, WithCategorical(target)))),
                equivalenceKey: nameof(AddCategoricalCodeFix)),
            context.Diagnostics);
    }

    private static SyntaxNode WithCategorical(SyntaxNode target)
    {
        var name = SyntaxFactory.ParseName("global::SchemaGen.Categorical").WithAdditionalAnnotations(Simplifier.Annotation);
        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(name)));
        switch (target)
        {
            case PropertyDeclarationSyntax property:
                var leading = property.GetLeadingTrivia();
                return property
                    .WithoutLeadingTrivia()
                    .WithAttributeLists(property.AttributeLists.Insert(0, attribute.WithLeadingTrivia(leading).WithTrailingTrivia(SyntaxFactory.Space)));
            case ParameterSyntax parameter:
                var targeted = attribute.WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword)));
                return parameter.WithAttributeLists(parameter.AttributeLists.Insert(0, targeted.WithTrailingTrivia(SyntaxFactory.Space)));
            default:
                return target;
        }
    }
}
