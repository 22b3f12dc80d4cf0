using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// The type a property or parameter declares, from its syntax: a keyword type needs no binding (keywords cannot be
/// redefined); any other type syntax is bound alone (<see cref="NameScope.TypeOf"/>), which resolves its name in
/// scope without creating the declaring type's member symbols.
/// </summary>
internal static class TypeReading
{
    private static readonly ConditionalWeakTable<Compilation, ITypeSymbol?[]> NullableKeywordTypes = new();

    /// <param name="annotation"><c>Annotated</c> for a reference type written with <c>?</c>.</param>
    /// <returns>False when syntax cannot settle the type.</returns>
    public static bool TryRead(TypeSyntax syntax, SemanticModel semanticModel, NameScope scope, CancellationToken cancellationToken, out ITypeSymbol type, out NullableAnnotation annotation)
    {
        annotation = NullableAnnotation.NotAnnotated;
        type = null!;
        if (syntax is RefTypeSyntax or ScopedTypeSyntax)
        {
            return false;
        }

        var isAnnotated = syntax is NullableTypeSyntax;
        if (Keyword(syntax is NullableTypeSyntax nullable ? nullable.ElementType : syntax) is { } keyword)
        {
            var keywordType = semanticModel.Compilation.GetSpecialType(keyword);
            type = isAnnotated && keywordType.IsValueType ? NullableOf(semanticModel.Compilation, keyword, keywordType) : keywordType;
        }
        else if (scope.TypeOf(syntax, cancellationToken) is { } bound)
        {
            type = bound;
        }
        else
        {
            return false;
        }

        if (type.TypeKind == TypeKind.Error)
        {
            return true;
        }

        // The compiler takes a '?' on a reference type as an annotation even where annotations are disabled (it
        // warns there), so the symbol says Annotated wherever the syntax has one.
        if (isAnnotated && type.IsReferenceType)
        {
            annotation = NullableAnnotation.Annotated;
        }

        return true;
    }

    /// <summary><c>T?</c> of a keyword value type, constructed once per compilation rather than at every property.</summary>
    private static ITypeSymbol NullableOf(Compilation compilation, SpecialType keyword, ITypeSymbol keywordType)
    {
        var constructed = NullableKeywordTypes.GetValue(compilation, static _ => new ITypeSymbol?[(int)SpecialType.Count + 1]);
        return constructed[(int)keyword] ??= compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(keywordType);
    }

    private static SpecialType? Keyword(TypeSyntax syntax) => syntax is PredefinedTypeSyntax predefined
        ? predefined.Keyword.Kind() switch
        {
            SyntaxKind.StringKeyword => SpecialType.System_String,
            SyntaxKind.BoolKeyword => SpecialType.System_Boolean,
            SyntaxKind.ByteKeyword => SpecialType.System_Byte,
            SyntaxKind.SByteKeyword => SpecialType.System_SByte,
            SyntaxKind.ShortKeyword => SpecialType.System_Int16,
            SyntaxKind.UShortKeyword => SpecialType.System_UInt16,
            SyntaxKind.IntKeyword => SpecialType.System_Int32,
            SyntaxKind.UIntKeyword => SpecialType.System_UInt32,
            SyntaxKind.LongKeyword => SpecialType.System_Int64,
            SyntaxKind.ULongKeyword => SpecialType.System_UInt64,
            SyntaxKind.FloatKeyword => SpecialType.System_Single,
            SyntaxKind.DoubleKeyword => SpecialType.System_Double,
            SyntaxKind.DecimalKeyword => SpecialType.System_Decimal,
            _ => null,
        }
        : null;
}
