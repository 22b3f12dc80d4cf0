using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// A field's type as generated code writes it: fully qualified, with <c>?</c> where nullable. Keyword types — most
/// fields — are written from a table, and a plain named type is displayed once per compilation: displaying a symbol
/// costs far more, and parsing runs for every schema on every edit.
/// </summary>
internal static class TypeNames
{
    private static readonly ConditionalWeakTable<ITypeSymbol, string> Displayed = new();

    private static readonly SymbolDisplayFormat Format =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <param name="annotated">Whether a reference type is written with <c>?</c>.</param>
    public static string Of(ITypeSymbol type, bool annotated)
    {
        if (Keyword(type.SpecialType) is { } keyword)
        {
            return annotated && type.IsReferenceType ? keyword + "?" : keyword;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return Of(nullable.TypeArguments[0], annotated: false) + "?";
        }

        if (type is INamedTypeSymbol { IsGenericType: false } named && !IsInGenericType(named))
        {
            // A plain named type (DateTimeOffset, an enum) displays the same wherever it is used: once per compilation.
            var name = Displayed.GetValue(named.OriginalDefinition, static definition => definition.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(Format));
            return annotated && type.IsReferenceType ? name + "?" : name;
        }

        return type.WithNullableAnnotation(annotated ? NullableAnnotation.Annotated : NullableAnnotation.NotAnnotated).ToDisplayString(Format);
    }

    private static bool IsInGenericType(INamedTypeSymbol type)
    {
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The keyword the fully qualified display format writes for a special type.</summary>
    private static string? Keyword(SpecialType type) => type switch
    {
        SpecialType.System_String => "string",
        SpecialType.System_Boolean => "bool",
        SpecialType.System_Byte => "byte",
        SpecialType.System_SByte => "sbyte",
        SpecialType.System_Int16 => "short",
        SpecialType.System_UInt16 => "ushort",
        SpecialType.System_Int32 => "int",
        SpecialType.System_UInt32 => "uint",
        SpecialType.System_Int64 => "long",
        SpecialType.System_UInt64 => "ulong",
        SpecialType.System_Single => "float",
        SpecialType.System_Double => "double",
        SpecialType.System_Decimal => "decimal",
        SpecialType.System_Char => "char",
        SpecialType.System_Object => "object",
        _ => null,
    };
}
