using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>SG1015: marks a string metadata property <c>[Categorical]</c>, so Personalize trains on it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCategoricalCodeFix)), Shared]
public sealed class AddCategoricalCodeFix : SchemaGenCodeFix
{
    protected override DiagnosticDescriptor Fixes => DiagnosticDescriptors.StringFieldNotCategorical;

    protected override Task RegisterAsync(CodeFixContext context, SyntaxNode root, SyntaxNode node)
    {
        // A property, or a positional record parameter (which takes a property-targeted attribute).
        SyntaxNode? target = (SyntaxNode?)node.FirstAncestorOrSelf<PropertyDeclarationSyntax>() ?? node.FirstAncestorOrSelf<ParameterSyntax>();
        if (target is not null)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                Offer(context, "Mark the field [Categorical]", root.ReplaceNode(target, WithCategorical(target)), diagnostic);
            }
        }

        return Task.CompletedTask;
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
