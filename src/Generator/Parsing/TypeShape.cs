using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>What the model records of a schema type's declaration: its keyword, nesting and visibility.</summary>
internal static class TypeShape
{
    /// <summary>A type as diagnostics show it (<c>List&lt;int&gt;</c>).</summary>
    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    /// <summary>Half-typed declaration: a type or namespace has no name yet, and the compiler reports it.</summary>
    public static bool HasMissingName(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.Name.Length == 0)
            {
                return true;
            }
        }

        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name.Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// False for a type nested as private or protected, or obsolete as an error: code elsewhere in the assembly,
    /// such as the registry, cannot name it.
    /// </summary>
    /// <param name="isObsoleteError">Whether the type itself is <c>[Obsolete]</c> as an error, as its reader found.</param>
    public static bool IsVisibleToAssembly(INamedTypeSymbol type, bool isObsoleteError)
    {
        if (isObsoleteError || !IsAccessibleToAssembly(type))
        {
            return false;
        }

        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (!IsAccessibleToAssembly(container) || UsageRestrictions.IsObsoleteError(container))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAccessibleToAssembly(INamedTypeSymbol type) =>
        type.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal or Accessibility.NotApplicable;

    public static string KeywordOf(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    public static EquatableArray<ContainingTypeInfo> ContainingTypesOf(INamedTypeSymbol type)
    {
        var containing = new List<ContainingTypeInfo>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            containing.Insert(0, new ContainingTypeInfo(KeywordOf(current), current.Name));
        }

        return EquatableArray.From(containing);
    }

    /// <summary>
    /// One name of a stem. Metadata names are unique; anything a hint name may not hold still becomes '_' rather than
    /// an exception.
    /// </summary>
    public static string StemPart(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (!char.IsLetterOrDigit(name[i]) && name[i] != '_')
            {
                var characters = name.ToCharArray();
                for (var j = i; j < characters.Length; j++)
                {
                    if (!char.IsLetterOrDigit(characters[j]) && characters[j] != '_')
                    {
                        characters[j] = '_';
                    }
                }

                return new string(characters);
            }
        }

        return name;
    }
}
