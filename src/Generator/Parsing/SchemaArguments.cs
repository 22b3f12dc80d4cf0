using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// What a schema attribute says: its dataset type (which attribute it is), its <c>Name</c>, <c>EventTypes</c>,
/// <c>InlineItemAndValue</c> and <c>Domain</c>, and where it is written. The symbol parser reads them from the bound attribute; the generator reads them from the
/// attribute's syntax where every argument is a literal, because binding the attribute — an array argument included —
/// costs more than reading the rest of the declaration, and the generator reads every schema on every edit.
/// </summary>
internal sealed class SchemaArguments
{
    private SchemaArguments(DatasetType dataset, SchemaDomain? domain, string? name, IReadOnlyList<string?>? eventTypes, bool inlineItemAndValue, LocationInfo? location)
    {
        Dataset = dataset;
        Domain = domain;
        Name = name;
        EventTypes = eventTypes;
        InlineItemAndValue = inlineItemAndValue;
        Location = location;
    }

    /// <summary>The dataset type of the attribute: <c>[ItemsSchema]</c> declares an Items schema.</summary>
    public DatasetType Dataset { get; }

    /// <summary>The <c>Domain</c> given; null for none (a custom dataset group).</summary>
    public SchemaDomain? Domain { get; }

    /// <summary>The dataset type and domain together.</summary>
    public SchemaKind Kind => SchemaKind.Of(Dataset, Domain);

    /// <summary>The <c>Name</c> given, or null when none (or null) is.</summary>
    public string? Name { get; }

    /// <summary>The <c>EventTypes</c> given, each as written (a null element stays null), or null when none are.</summary>
    public IReadOnlyList<string?>? EventTypes { get; }

    public bool InlineItemAndValue { get; }

    /// <summary>Where the attribute is written; null when read from syntax, whose reading ends at the first error.</summary>
    public LocationInfo? Location { get; }

    /// <summary>The arguments of the bound attribute; all absent when there is none.</summary>
    public static SchemaArguments From(AttributeData? attribute)
    {
        string? name = null;
        List<string?>? eventTypes = null;
        var inlineItemAndValue = false;
        SchemaDomain? domain = null;
        var dataset = (attribute?.AttributeClass is { } attributeClass ? KnownNames.DatasetOfAttribute(attributeClass.Name) : null) ?? DatasetType.Interactions;
        if (attribute is not null)
        {
            // An argument given twice is an error the compiler reports; here the first one counts.
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var argument in attribute.NamedArguments)
            {
                if (!seen.Add(argument.Key))
                {
                    continue;
                }

                var value = argument.Value;
                switch (argument.Key)
                {
                    case KnownNames.NameArgument:
                        name = value is { Kind: TypedConstantKind.Primitive, Value: string text } ? text : null;
                        break;
                    case KnownNames.EventTypesArgument when value is { Kind: TypedConstantKind.Array, IsNull: false }:
                        eventTypes = new List<string?>(value.Values.Length);
                        foreach (var element in value.Values)
                        {
                            eventTypes.Add(element.Value as string);
                        }

                        break;
                    case KnownNames.InlineItemAndValueArgument:
                        inlineItemAndValue = value is { Kind: TypedConstantKind.Primitive, Value: true };
                        break;
                    case KnownNames.DomainArgument when value.Kind == TypedConstantKind.Enum:
                        domain = KnownNames.DomainOfValue(value.Value);
                        break;
                }
            }
        }

        return new SchemaArguments(dataset, domain, name, eventTypes, inlineItemAndValue, SchemaAttribute.Location(attribute));
    }

    /// <summary>
    /// The arguments as written, when each is a literal the bound attribute would hold as written: a string or
    /// <c>null</c> for <c>Name</c>; <c>null</c> or an array of string and null literals — <c>new[] { … }</c>,
    /// <c>new string[] { … }</c> or <c>[ … ]</c> — for <c>EventTypes</c>; <c>true</c> or <c>false</c> for
    /// <c>InlineItemAndValue</c>. Null for anything else (a constant, an expression, an argument given twice or one the
    /// attribute does not have), which the symbol parser then reads. <c>Domain</c> is read when it names a member of
    /// SchemaGen's <c>PersonalizeDomain</c>, the one name this binds (<see cref="NameScope.NamesDomainEnum"/>).
    /// </summary>
    public static SchemaArguments? TryRead(AttributeSyntax attribute, DatasetType dataset, NameScope names)
    {
        SchemaDomain? domain = null;
        var hasDomain = false;
        var hasDomainArgument = dataset.AllowsDomain;
        var hasEventTypesArgument = dataset == DatasetType.Interactions || dataset == DatasetType.ActionInteractions;
        var hasInlineArgument = dataset == DatasetType.Interactions;
        string? name = null;
        List<string?>? eventTypes = null;
        var inlineItemAndValue = false;
        bool hasName = false, hasEventTypes = false, hasInlineItemAndValue = false;
        foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals is not { } named || argument.NameColon is not null)
            {
                return null;
            }

            switch (named.Name.Identifier.ValueText)
            {
                case KnownNames.NameArgument when !hasName && TryReadString(argument.Expression, out var text):
                    name = text;
                    hasName = true;
                    break;
                case KnownNames.EventTypesArgument when hasEventTypesArgument && !hasEventTypes && TryReadStrings(argument.Expression, out var strings):
                    eventTypes = strings;
                    hasEventTypes = true;
                    break;
                case KnownNames.DomainArgument when hasDomainArgument && !hasDomain && TryReadDomain(argument.Expression, attribute, names, out domain):
                    hasDomain = true;
                    break;
                case KnownNames.InlineItemAndValueArgument when hasInlineArgument && !hasInlineItemAndValue
                    && (argument.Expression.IsKind(SyntaxKind.TrueLiteralExpression) || argument.Expression.IsKind(SyntaxKind.FalseLiteralExpression)):
                    inlineItemAndValue = argument.Expression.IsKind(SyntaxKind.TrueLiteralExpression);
                    hasInlineItemAndValue = true;
                    break;
                default:
                    return null;
            }
        }

        return new SchemaArguments(dataset, domain, name, eventTypes, inlineItemAndValue, location: null);
    }

    /// <summary><c>PersonalizeDomain.Ecommerce</c>, in any spelling that binds to SchemaGen's enum; anything else is the symbol reader's.</summary>
    private static bool TryReadDomain(ExpressionSyntax expression, AttributeSyntax attribute, NameScope names, out SchemaDomain? domain)
    {
        domain = null;
        return expression is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } access
            && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            && KnownNames.TryDomainOfMember(member.Identifier.ValueText, out domain)
            && names.NamesDomainEnum(access.Expression, attribute);
    }

    private static bool TryReadString(ExpressionSyntax expression, out string? value)
    {
        value = null;
        if (expression.IsKind(SyntaxKind.NullLiteralExpression))
        {
            return true;
        }

        if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            value = literal.Token.ValueText;
            return true;
        }

        return false;
    }

    /// <summary>An array of string and null literals, or null itself (then <paramref name="values"/> is null).</summary>
    private static bool TryReadStrings(ExpressionSyntax expression, out List<string?>? values)
    {
        values = null;
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                return true;
            case ImplicitArrayCreationExpressionSyntax { Commas.Count: 0 } implicitArray:
                // new[] { … } is a string[] only when a string literal gives it its element type.
                return TryReadElements(implicitArray.Initializer.Expressions, out values) && values.Exists(static value => value is not null);
            case ArrayCreationExpressionSyntax
            {
                Type: { ElementType: PredefinedTypeSyntax elementType, RankSpecifiers: [{ Sizes: [OmittedArraySizeExpressionSyntax] }] },
                Initializer: { } initializer,
            } when elementType.Keyword.IsKind(SyntaxKind.StringKeyword):
                return TryReadElements(initializer.Expressions, out values);
            case CollectionExpressionSyntax collection:
                var expressions = new List<ExpressionSyntax>(collection.Elements.Count);
                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax { Expression: { } item })
                    {
                        return false;
                    }

                    expressions.Add(item);
                }

                return TryReadElements(expressions, out values);
            default:
                return false;
        }
    }

    private static bool TryReadElements(IReadOnlyList<ExpressionSyntax> expressions, out List<string?> values)
    {
        values = new List<string?>(expressions.Count);
        foreach (var expression in expressions)
        {
            if (!TryReadString(expression, out var value))
            {
                return false;
            }

            values.Add(value);
        }

        return true;
    }
}
