using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// What the names written in one schema declaration and its members mean: property and parameter types, bound as
/// the compiler binds them, and attributes. What an attribute written on the type or a member means is found from its
/// name alone — in any spelling: <c>Categorical</c>, <c>CategoricalAttribute</c>, <c>SchemaGen.Categorical</c>,
/// <c>global::SchemaGen.CategoricalAttribute</c>, an alias of the type or of its namespace — bound as the compiler
/// binds an attribute's name, instead of binding the attribute, which builds a semantic model for it, or reading the
/// member symbol's attributes, which creates the type's member symbols. A name that binds to no one type (an
/// ambiguity, a type not yet written) leaves the answer <see cref="Meaning.Unknown"/>, and the declaration to the
/// symbol reader. A member's attribute name is bound from just inside the declaration's body, the type's own at its
/// attribute list: where the compiler binds each. Binding a name builds binders for its position, so each spelling
/// is resolved once per scope: declarations that see the same names — top level, no nested types, in one namespace
/// under the same using directives and nullable context — share the answers.
/// </summary>
internal sealed class NameScope
{
    /// <summary>The answers shared by declarations of one scope: per namespace of a compilation, per using directives.</summary>
    private static readonly ConditionalWeakTable<INamespaceSymbol, ConcurrentDictionary<string, Shared>> SharedScopes = new();

    /// <summary>Kept between declarations: a key is built for every schema declaration on every edit.</summary>
    [System.ThreadStatic]
    private static StringBuilder? t_keyBuilder;

    private readonly SemanticModel _semanticModel;
    private readonly int _position;
    private readonly Shared? _shared;
    private Dictionary<string, Meaning>? _meanings;

    public NameScope(TypeDeclarationSyntax declaration, INamedTypeSymbol type, SemanticModel semanticModel)
    {
        _semanticModel = semanticModel;
        _position = declaration.OpenBraceToken.Span.End;
        if (type.ContainingType is null && ScopeKey(declaration, semanticModel) is { } key)
        {
            _shared = SharedScopes.GetValue(type.ContainingNamespace, static _ => new ConcurrentDictionary<string, Shared>(System.StringComparer.Ordinal))
                .GetOrAdd(key, static _ => new Shared());
        }
    }

    /// <summary>The answers one scope's declarations share.</summary>
    private sealed class Shared
    {
        public ConcurrentDictionary<string, Meaning> Meanings { get; } = new(System.StringComparer.Ordinal);

        public ConcurrentDictionary<string, Meaning> TypeAttributeMeanings { get; } = new(System.StringComparer.Ordinal);

        public ConcurrentDictionary<string, bool> DomainEnumNames { get; } = new(System.StringComparer.Ordinal);

        public ConcurrentDictionary<string, ITypeSymbol?> Types { get; } = new(System.StringComparer.Ordinal);
    }

    /// <summary>The type a type syntax (other than a keyword) names, as the compiler binds it there; null when it binds to none.</summary>
    public ITypeSymbol? TypeOf(TypeSyntax syntax, System.Threading.CancellationToken cancellationToken)
    {
        if (_shared is null)
        {
            return _semanticModel.GetTypeInfo(syntax, cancellationToken).Type;
        }

        var key = syntax is IdentifierNameSyntax identifier ? identifier.Identifier.Text : syntax.ToString();
        return _shared.Types.TryGetValue(key, out var type) ? type : _shared.Types.GetOrAdd(key, _semanticModel.GetTypeInfo(syntax, cancellationToken).Type);
    }

    /// <summary>
    /// What, besides its namespace, decides the names a top-level declaration's body sees: the using and extern
    /// directives around it, namespace by namespace, and the nullable context. Null when the declaration sees names of
    /// its own: a nested type of it, a file-local type of its file, a directive in its body.
    /// </summary>
    private static string? ScopeKey(TypeDeclarationSyntax declaration, SemanticModel semanticModel)
    {
        // A directive in the body (#nullable, #if) may make one member see what another does not.
        if (declaration.ContainsDirectives)
        {
            return null;
        }

        foreach (var member in declaration.Members)
        {
            if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                return null;
            }
        }

        // Nullable annotations inside a type (List<string?>) are read as the context at the declaration says.
        var key = t_keyBuilder ?? new StringBuilder();
        t_keyBuilder = null;
        key.Clear().Append((int)semanticModel.GetNullableContext(declaration.OpenBraceToken.SpanStart)).Append('\n');
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    AppendText(key.Append("namespace "), ns.Name).Append('{');
                    AppendDirectives(key, ns.Externs, ns.Usings);
                    key.Append('}');
                    break;
                case CompilationUnitSyntax unit:
                    if (HasFileLocalType(unit.Members))
                    {
                        t_keyBuilder = key;
                        return null;
                    }

                    AppendDirectives(key, unit.Externs, unit.Usings);
                    break;
            }
        }

        var text = key.ToString();
        t_keyBuilder = key;
        return text;
    }

    private static void AppendDirectives(StringBuilder key, SyntaxList<ExternAliasDirectiveSyntax> externs, SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in externs)
        {
            AppendText(key, directive).Append('\n');
        }

        foreach (var directive in usings)
        {
            AppendText(key, directive).Append('\n');
        }
    }

    /// <summary>
    /// A node's text as written, copied from its source text with no string of its own. The same directives written
    /// with other spacing or comments inside make another key: their declarations then share nothing, which costs
    /// lookups but never gives a wrong answer.
    /// </summary>
    private static StringBuilder AppendText(StringBuilder key, SyntaxNode node)
    {
        var text = node.SyntaxTree.GetText();
        var span = node.Span;
        for (var position = span.Start; position < span.End; position++)
        {
            key.Append(text[position]);
        }

        return key;
    }

    private static bool HasFileLocalType(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns when HasFileLocalType(ns.Members):
                    return true;
                case BaseTypeDeclarationSyntax type when type.Modifiers.Any(SyntaxKind.FileKeyword):
                    return true;
                case DelegateDeclarationSyntax type when type.Modifiers.Any(SyntaxKind.FileKeyword):
                    return true;
            }
        }

        return false;
    }

    /// <summary>What an attribute means to the schema readers.</summary>
    internal enum Meaning
    {
        /// <summary>Not settled by a lookup: the declaration goes to the symbol reader.</summary>
        Unknown,
        InteractionsSchema,
        ItemsSchema,
        UsersSchema,
        ActionsSchema,
        ActionInteractionsSchema,
        Categorical,
        Textual,
        SchemaField,
        SchemaIgnore,
        SetsRequiredMembers,
        /// <summary><c>System.ObsoleteAttribute</c>, whose arguments decide what generated code must suppress or avoid.</summary>
        Obsolete,
        /// <summary><c>System.Diagnostics.CodeAnalysis.ExperimentalAttribute</c>, whose id generated code must suppress.</summary>
        Experimental,
        /// <summary>Any other attribute: nothing the schema depends on.</summary>
        Other,
    }

    /// <summary>What an attribute written on one of the declaration's members means.</summary>
    public Meaning MeaningOf(AttributeSyntax attribute)
    {
        var name = attribute.Name;
        var key = name is IdentifierNameSyntax identifier ? identifier.Identifier.Text : name.ToString();
        if (_shared is not null)
        {
            return _shared.Meanings.TryGetValue(key, out var shared) ? shared : _shared.Meanings.GetOrAdd(key, Classify(Resolve(name, _position)));
        }

        _meanings ??= new Dictionary<string, Meaning>(System.StringComparer.Ordinal);
        if (!_meanings.TryGetValue(key, out var meaning))
        {
            meaning = Classify(Resolve(name, _position));
            _meanings.Add(key, meaning);
        }

        return meaning;
    }

    /// <summary>
    /// What an attribute written on the declaration itself means: looked up where the compiler binds it, at the
    /// attribute list, where the type's own nested types and its base type's are in scope as in its body. The position
    /// is the list's bracket: one inside the attribute would have the semantic model build a model of the attribute,
    /// binding it.
    /// </summary>
    public Meaning MeaningOfTypeAttribute(AttributeSyntax attribute)
    {
        var name = attribute.Name;
        var position = attribute.Parent is AttributeListSyntax list ? list.OpenBracketToken.SpanStart : attribute.SpanStart;
        if (_shared is null)
        {
            return Classify(Resolve(name, position));
        }

        var key = name is IdentifierNameSyntax identifier ? identifier.Identifier.Text : name.ToString();
        return _shared.TypeAttributeMeanings.TryGetValue(key, out var shared)
            ? shared
            : _shared.TypeAttributeMeanings.GetOrAdd(key, Classify(Resolve(name, position)));
    }

    /// <summary>
    /// Whether the type named in an argument of an attribute on the declaration itself — <c>PersonalizeDomain</c> in
    /// <c>Domain = PersonalizeDomain.Ecommerce</c> — is SchemaGen's <c>PersonalizeDomain</c> there. Bound alone, as a
    /// type name at the attribute list, for the same reason as the attribute's name: binding inside the attribute
    /// would bind the attribute. False for anything but a name, which syntax then leaves to the symbol reader.
    /// </summary>
    public bool NamesDomainEnum(ExpressionSyntax written, AttributeSyntax attribute)
    {
        if (!IsName(written))
        {
            return false;
        }

        var key = written.ToString();
        if (_shared is not null && _shared.DomainEnumNames.TryGetValue(key, out var known))
        {
            return known;
        }

        var position = attribute.Parent is AttributeListSyntax list ? list.OpenBracketToken.SpanStart : attribute.SpanStart;
        var symbol = _semanticModel.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseName(key), SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
        var isDomainEnum = (symbol is IAliasSymbol alias ? alias.Target : symbol) is INamedTypeSymbol
        {
            Name: KnownNames.PersonalizeDomainType,
            TypeKind: TypeKind.Enum,
            ContainingNamespace: { Name: KnownNames.RuntimeNamespace, ContainingNamespace.IsGlobalNamespace: true },
        };
        return _shared is null ? isDomainEnum : _shared.DomainEnumNames.GetOrAdd(key, isDomainEnum);
    }

    /// <summary>A name written as an expression: <c>A</c>, <c>A.B</c>, <c>global::A.B</c>.</summary>
    private static bool IsName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or AliasQualifiedNameSyntax => true,
        MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) => IsName(access.Expression),
        _ => false,
    };

    /// <summary>
    /// The type an attribute name means at a position, bound as the compiler binds an attribute's name: a copy of the
    /// name inside an attribute of its own, which makes the binder look for <c>X</c> and <c>XAttribute</c>, attribute
    /// types only, with the compiler's rules for ambiguity, verbatim names and aliases. Null when it binds to no one
    /// type. Bound by name rather than looked up: <c>LookupNamespacesAndTypes</c> first lists every name each using
    /// directive brings in — under <c>using System;</c> every type of <c>System</c> in every reference, once per
    /// compilation — which the compiler itself never does.
    /// </summary>
    private INamedTypeSymbol? Resolve(NameSyntax name, int position)
    {
        var alone = SyntaxFactory.Attribute(name.WithoutTrivia());
        var symbol = _semanticModel.GetSpeculativeSymbolInfo(position, alone.Name, SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
        return (symbol is IAliasSymbol alias ? alias.Target : symbol) as INamedTypeSymbol;
    }

    /// <summary>The same tests by name and namespace the symbol reader makes of bound attributes.</summary>
    private static Meaning Classify(INamedTypeSymbol? type)
    {
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return Meaning.Unknown;
        }

        if (type.ContainingNamespace is { Name: KnownNames.RuntimeNamespace, ContainingNamespace.IsGlobalNamespace: true })
        {
            switch (type.Name)
            {
                case KnownNames.InteractionsSchemaAttributeName:
                    return Meaning.InteractionsSchema;
                case KnownNames.ItemsSchemaAttributeName:
                    return Meaning.ItemsSchema;
                case KnownNames.UsersSchemaAttributeName:
                    return Meaning.UsersSchema;
                case KnownNames.ActionsSchemaAttributeName:
                    return Meaning.ActionsSchema;
                case KnownNames.ActionInteractionsSchemaAttributeName:
                    return Meaning.ActionInteractionsSchema;
                case KnownNames.TextualAttribute:
                    return Meaning.Textual;
                case KnownNames.CategoricalAttribute:
                    return Meaning.Categorical;
                case KnownNames.SchemaFieldAttribute:
                    return Meaning.SchemaField;
                case KnownNames.SchemaIgnoreAttribute:
                    return Meaning.SchemaIgnore;
            }
        }

        if (UsageRestrictions.IsObsolete(type))
        {
            return Meaning.Obsolete;
        }

        if (UsageRestrictions.IsExperimental(type))
        {
            return Meaning.Experimental;
        }

        return type.Name == "SetsRequiredMembersAttribute" ? Meaning.SetsRequiredMembers : Meaning.Other;
    }
}
