using System;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;

namespace SchemaGen.CodeFixes;

/// <summary>
/// SG3004: turns the millisecond form into seconds — <c>ToUnixTimeMilliseconds()</c> into <c>ToUnixTimeSeconds()</c>,
/// <c>TotalMilliseconds</c> into <c>TotalSeconds</c>, <c>x * 1000</c> into <c>x</c>, <c>d.Ticks</c> into <c>d</c>'s
/// epoch seconds, a millisecond constant (or a local of milliseconds, where it is read) divided by 1,000.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseEpochSecondsCodeFix)), Shared]
public sealed class UseEpochSecondsCodeFix : SchemaGenCodeFix
{
    protected override DiagnosticDescriptor Fixes => DiagnosticDescriptors.MillisecondsForSeconds;

    protected override async Task RegisterAsync(CodeFixContext context, SyntaxNode root, SyntaxNode node)
    {
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.SecondsFix, out var fix) || node is not ExpressionSyntax expression)
            {
                continue;
            }

            var replacement = fix switch
            {
                "ToUnixTimeSeconds" => ToSeconds(expression),
                "DropFactor" => DropFactor(expression, model),
                "FromTicks" => FromTicks(expression, model),
                "TotalSeconds" => expression is MemberAccessExpressionSyntax access ? access.WithName(SyntaxFactory.IdentifierName("TotalSeconds").WithTriviaFrom(access.Name)) : null,
                "Divide" => Divided(expression),
                _ => null,
            };

            if (replacement is not null)
            {
                Offer(context, "Use epoch seconds", root.ReplaceNode(expression, replacement.WithTriviaFrom(expression)), diagnostic, fix!);
            }
        }
    }

    /// <summary><c>x</c> → <c>x / 1000</c>, in parentheses where the division would otherwise bind to less (a cast, an operator).</summary>
    private static ExpressionSyntax Divided(ExpressionSyntax expression)
    {
        var division = SyntaxFactory.ParseExpression(expression.WithoutTrivia().ToString() + " / 1000");
        return expression.Parent is CastExpressionSyntax or BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or MemberAccessExpressionSyntax
            ? SyntaxFactory.ParenthesizedExpression(division)
            : division;
    }

    /// <summary><c>x.ToUnixTimeMilliseconds()</c> → <c>x.ToUnixTimeSeconds()</c>.</summary>
    private static ExpressionSyntax? ToSeconds(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
            ? invocation.WithExpression(access.WithName(SyntaxFactory.IdentifierName("ToUnixTimeSeconds").WithTriviaFrom(access.Name)))
            : null;

    /// <summary><c>x * 1000</c> (or <c>1000 * x</c>) → <c>x</c>.</summary>
    private static ExpressionSyntax? DropFactor(ExpressionSyntax expression, SemanticModel? model)
    {
        if (expression is not BinaryExpressionSyntax product)
        {
            return null;
        }

        var leftIsFactor = model?.GetConstantValue(product.Left) is { HasValue: true, Value: { } left } && Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture) == 1000;
        return (leftIsFactor ? product.Right : product.Left).WithoutTrivia();
    }

    /// <summary><c>d.Ticks</c> → <c>d.ToUnixTimeSeconds()</c>, through <c>new DateTimeOffset(d)</c> for a <c>DateTime</c>.</summary>
    private static ExpressionSyntax? FromTicks(ExpressionSyntax expression, SemanticModel? model)
    {
        if (expression is not MemberAccessExpressionSyntax { Expression: { } instance })
        {
            return null;
        }

        var isDateTime = model?.GetTypeInfo(instance).Type?.ToDisplayString() == "System.DateTime";
        var source = isDateTime ? "new global::System.DateTimeOffset(" + instance.WithoutTrivia() + ")" : instance.WithoutTrivia().ToString();
        return SyntaxFactory.ParseExpression(source + ".ToUnixTimeSeconds()");
    }
}
