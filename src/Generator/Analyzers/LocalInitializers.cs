using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// What a local holds when it is read, found without data flow: its initializer, when nothing in its scope writes it
/// again (no assignment, increment, <c>ref</c>/<c>out</c> argument, deconstruction or address taken).
/// </summary>
internal static class LocalInitializers
{
    private const int ShownLength = 60;

    private static readonly char[] Whitespace = [' ', '\t', '\r', '\n'];

    /// <summary>The initializer of <paramref name="local"/>, read at <paramref name="read"/>, if it is the only value the local ever holds.</summary>
    public static IOperation? SetOnlyWhereDeclared(ILocalSymbol local, IOperation read, CancellationToken cancellationToken)
    {
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1 || read.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initial } declarator
            || declarator.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        // A local is read and written only inside the member (or the top-level statements) declaring it, so the type
        // (or the file) holding that member has every write; the name is compared before anything is bound.
        var scope = (SyntaxNode?)declarator.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() ?? declarator.SyntaxTree.GetRoot(cancellationToken);
        foreach (var node in scope.DescendantNodes())
        {
            if (node is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name && MayWrite(name)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local))
            {
                return null;
            }
        }

        return model.GetOperation(initial, cancellationToken);
    }

    /// <summary>The initializer as written, on one line and cut short for a message.</summary>
    public static string Shown(IOperation initializer)
    {
        var text = string.Join(" ", initializer.Syntax.ToString().Split(Whitespace, System.StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= ShownLength ? text : text.Substring(0, ShownLength) + "…";
    }

    private static bool MayWrite(IdentifierNameSyntax name)
    {
        SyntaxNode node = name;
        while (node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == node,
            PrefixUnaryExpressionSyntax prefix => !prefix.IsKind(SyntaxKind.UnaryMinusExpression) && !prefix.IsKind(SyntaxKind.UnaryPlusExpression)
                && !prefix.IsKind(SyntaxKind.LogicalNotExpression) && !prefix.IsKind(SyntaxKind.BitwiseNotExpression),
            PostfixUnaryExpressionSyntax postfix => !postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression),
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword)
                || argument.Parent is TupleExpressionSyntax,
            RefExpressionSyntax => true,
            _ => false,
        };
    }
}
