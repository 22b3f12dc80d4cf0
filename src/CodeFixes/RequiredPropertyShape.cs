using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.CodeFixes;

/// <summary>
/// How a required property must be declared to compile in a given type: classes and records take
/// <c>{ get; set; }</c>, with <c>= ""</c> for a string so it is never null; a struct takes an initializer only when
/// it declares a constructor (C# 10 and later require one for initializers, and before C# 11 such a constructor
/// must assign every property), and then needs one; a readonly struct needs <c>init</c> (C# 9) or a get-only property.
/// </summary>
internal sealed class RequiredPropertyShape
{
    private readonly string _accessors;
    private readonly Initializers _initializers;

    private enum Initializers
    {
        None,
        StringsOnly,
        All,
    }

    private RequiredPropertyShape(string accessors, Initializers initializers)
    {
        _accessors = accessors;
        _initializers = initializers;
    }

    /// <summary>The shape for <paramref name="type"/>, or null when no added property would compile there.</summary>
    public static RequiredPropertyShape? For(INamedTypeSymbol type, LanguageVersion languageVersion)
    {
        if (type.IsStatic || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return null;
        }

        if (type.TypeKind == TypeKind.Class)
        {
            return new RequiredPropertyShape("{ get; set; }", Initializers.StringsOnly);
        }

        var accessors = !type.IsReadOnly ? "{ get; set; }" : languageVersion >= LanguageVersion.CSharp9 ? "{ get; init; }" : "{ get; }";
        if (!HasExplicitConstructor(type))
        {
            return new RequiredPropertyShape(accessors, Initializers.None);
        }

        return languageVersion >= LanguageVersion.CSharp10 ? new RequiredPropertyShape(accessors, Initializers.All) : null;
    }

    public PropertyDeclarationSyntax Declare(string name, string type)
    {
        var initializer = _initializers switch
        {
            Initializers.None => string.Empty,
            _ when type == "string" => " = \"\";",
            Initializers.All => " = default;",
            _ => string.Empty,
        };
        return (PropertyDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration("public " + type + " " + name + " " + _accessors + initializer)!;
    }

    private static bool HasExplicitConstructor(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (!constructor.IsImplicitlyDeclared)
            {
                return true;
            }
        }

        return false;
    }
}
