using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>Decides which <see cref="ValueKind"/> a property type has, if any.</summary>
internal static class TypeClassifier
{
    /// <summary>The outcome of classifying one property type.</summary>
    internal enum Outcome
    {
        Mapped,
        /// <summary>The type has no flat Avro representation.</summary>
        Unsupported,
        /// <summary>The type does not bind (half-typed code); the compiler already reports it.</summary>
        Unresolved,
    }

    /// <param name="valueType">The type of a present value: <paramref name="type"/> without <c>Nullable&lt;T&gt;</c>.</param>
    public static Outcome Classify(ITypeSymbol type, NullableAnnotation annotation, out ValueKind kind, out bool isNullable, out ITypeSymbol valueType)
    {
        kind = default;
        isNullable = false;
        valueType = type;

        if (type.TypeKind == TypeKind.Error)
        {
            return Outcome.Unresolved;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            isNullable = true;
            type = nullable.TypeArguments[0];
            valueType = type;
            if (type.TypeKind == TypeKind.Error)
            {
                return Outcome.Unresolved;
            }
        }
        else if (type.IsReferenceType && annotation == NullableAnnotation.Annotated)
        {
            isNullable = true;
        }

        var mapped = TryClassifyValue(type, out kind);
        if (mapped)
        {
            return Outcome.Mapped;
        }

        return ContainsErrorType(type) ? Outcome.Unresolved : Outcome.Unsupported;
    }

    private static bool TryClassifyValue(ITypeSymbol type, out ValueKind kind)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                kind = ValueKind.String;
                return true;
            case SpecialType.System_Boolean:
                kind = ValueKind.Boolean;
                return true;
            case SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Byte or SpecialType.System_SByte:
                kind = ValueKind.Int32;
                return true;
            case SpecialType.System_Int64 or SpecialType.System_UInt32:
                kind = ValueKind.Int64;
                return true;
            case SpecialType.System_Single:
                kind = ValueKind.Single;
                return true;
            case SpecialType.System_Double:
                kind = ValueKind.Double;
                return true;
            case SpecialType.System_DateTime:
                kind = ValueKind.DateTime;
                return true;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            kind = ValueKind.Enum;
            return true;
        }

        if (type is INamedTypeSymbol { Name: "DateTimeOffset", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
        {
            kind = ValueKind.DateTimeOffset;
            return true;
        }

        if (IsStringSequence(type))
        {
            kind = ValueKind.StringSequence;
            return true;
        }

        kind = default;
        return false;
    }

    private static bool IsStringSequence(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType.SpecialType == SpecialType.System_String;
        }

        if (type is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
            || named.TypeArguments[0].SpecialType != SpecialType.System_String)
        {
            return false;
        }

        switch (named.OriginalDefinition.SpecialType)
        {
            case SpecialType.System_Collections_Generic_IEnumerable_T:
            case SpecialType.System_Collections_Generic_IReadOnlyList_T:
            case SpecialType.System_Collections_Generic_IReadOnlyCollection_T:
            case SpecialType.System_Collections_Generic_IList_T:
            case SpecialType.System_Collections_Generic_ICollection_T:
                return true;
        }

        return named is { Name: "List", ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };
    }

    private static bool ContainsErrorType(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
        INamedTypeSymbol { IsGenericType: true } named => AnyErrorType(named),
        _ => false,
    };

    private static bool AnyErrorType(INamedTypeSymbol named)
    {
        foreach (var argument in named.TypeArguments)
        {
            if (ContainsErrorType(argument))
            {
                return true;
            }
        }

        return false;
    }
}
