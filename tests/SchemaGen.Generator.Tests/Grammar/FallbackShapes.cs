using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Tests.Grammar;

/// <summary>
/// The declaration shapes the generator documents as read from symbols rather than syntax (docs/performance.md,
/// "What the generator reads from syntax"), told apart here independently of the reader, so the tests can say what
/// share of everything else the syntax reader answers.
/// </summary>
internal static class FallbackShapes
{
    /// <returns>The documented shape the declaration has, or null when it has none.</returns>
    public static string? Of(TypeDeclarationSyntax declaration, INamedTypeSymbol type)
    {
        if (type.DeclaringSyntaxReferences.Length > 1)
        {
            return "declared in several parts";
        }

        if (type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) })
        {
            return "a base class";
        }

        if (declaration.ParameterList is not null)
        {
            return "a primary constructor or positional parameters";
        }

        if (declaration.GetDiagnostics().Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            return "half-typed";
        }

        if (SchemaAttributeArguments(declaration).Any(argument => !IsLiteral(argument.Expression) && !IsDomainMember(argument)))
        {
            return "a schema attribute argument other than a literal";
        }

        foreach (var member in declaration.Members)
        {
            if (member is PropertyDeclarationSyntax property
                && (property.Modifiers.Any(SyntaxKind.OverrideKeyword) || property.Modifiers.Any(SyntaxKind.SealedKeyword) || property.Modifiers.Any(SyntaxKind.ExternKeyword)
                    || property.Modifiers.Any(SyntaxKind.UnsafeKeyword) || property.Modifiers.Any(SyntaxKind.PartialKeyword)))
            {
                return "an override, sealed, extern, unsafe or partial property";
            }

            if (member.DescendantNodes().OfType<AccessorDeclarationSyntax>().Any(accessor => accessor.AttributeLists.Count > 0))
            {
                return "an attribute on an accessor";
            }
        }

        return null;
    }

    private static IEnumerable<AttributeArgumentSyntax> SchemaAttributeArguments(TypeDeclarationSyntax declaration) =>
        declaration.AttributeLists.SelectMany(list => list.Attributes)
            .Where(attribute => attribute.Name.ToString().Split('.', ':').Last().Replace("Attribute", string.Empty)
                is "InteractionsSchema" or "ItemsSchema" or "UsersSchema" or "ActionsSchema" or "ActionInteractionsSchema")
            .SelectMany(attribute => attribute.ArgumentList?.Arguments ?? default);

    /// <summary><c>Domain = PersonalizeDomain.Ecommerce</c>: a member of the domain enum, named as written.</summary>
    private static bool IsDomainMember(AttributeArgumentSyntax argument) =>
        argument.NameEquals?.Name.Identifier.ValueText == "Domain"
        && argument.Expression is MemberAccessExpressionSyntax { Expression: var type } && type.ToString().EndsWith("PersonalizeDomain", System.StringComparison.Ordinal);

    /// <summary>A literal, or an array of literals: <c>new[] { … }</c>, <c>new string[] { … }</c> or <c>[ … ]</c>.</summary>
    private static bool IsLiteral(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax => true,
        ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions.All(IsLiteral),
        ArrayCreationExpressionSyntax { Initializer: { } initializer } array => array.Type.RankSpecifiers.Single().Sizes.All(size => size is OmittedArraySizeExpressionSyntax) && initializer.Expressions.All(IsLiteral),
        CollectionExpressionSyntax collection => collection.Elements.All(element => element is ExpressionElementSyntax { Expression: var item } && IsLiteral(item)),
        _ => false,
    };
}
