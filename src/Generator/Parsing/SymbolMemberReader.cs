using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing.Rules;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Reads a schema type's members from its symbols: every declaration shape, base types, partial parts and implicit
/// constructors included. It creates the type's member symbols and binds their attributes, which the syntax reader
/// avoids for the declarations it can read.
/// </summary>
internal static class SymbolMemberReader
{
    public static SchemaMembers Read(INamedTypeSymbol type, LocationInfo? typeLocation)
    {
        var members = new SchemaMembers();
        foreach (var member in type.GetMembers())
        {
            // Only the names the conflict rule can object to, as the syntax reader keeps them.
            if (!member.IsImplicitlyDeclared && GeneratedMemberConflictRule.Concerns(member.Name))
            {
                members.MemberNames.Add(new MemberName(member.Name, member));
            }
        }

        foreach (var property in PropertiesInDeclarationOrder(type))
        {
            var attributes = PropertyAttributes.Read(property);
            members.Properties.Add(new PropertyInput(
                property.Name,
                property.Type,
                property.NullableAnnotation,
                attributes,
                IsSettable(type, property),
                UsageRestrictions.IsObsoleteError(property) || (property.GetMethod is { } getter && UsageRestrictions.IsObsoleteError(getter)),
                LocationInfo.From(property) ?? typeLocation));
            if (!attributes.IsIgnored)
            {
                UsageRestrictions.CollectDiagnosticIds(property, members.SuppressedIds);
                UsageRestrictions.CollectDiagnosticIds(property.GetMethod, members.SuppressedIds);
                UsageRestrictions.CollectDiagnosticIds(property.SetMethod, members.SuppressedIds);
                UsageRestrictions.CollectTypeDiagnosticIds(property.Type, members.SuppressedIds);
            }
        }

        members.Construction = ConstructionOf(type);
        return members;
    }

    /// <summary>Generated members live in the type, so any setter of its own is usable; a base type's private one is not.</summary>
    private static bool IsSettable(INamedTypeSymbol type, IPropertySymbol property) =>
        property.SetMethod is { } setter
        && (SymbolEqualityComparer.Default.Equals(property.ContainingType, type) || setter.DeclaredAccessibility != Accessibility.Private);

    /// <summary>
    /// Public instance properties with a public getter: base types first, then each in source order. A base
    /// property hidden by any member of a derived type (a <c>new</c> or static property, a method) is not one:
    /// <c>this.Name</c> would bind to the hiding member.
    /// </summary>
    private static IEnumerable<IPropertySymbol> PropertiesInDeclarationOrder(INamedTypeSymbol type)
    {
        var chain = new List<List<IPropertySymbol>>();
        var hidingNames = new HashSet<string>(System.StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            var own = new List<IPropertySymbol>();
            var members = current.GetMembers();
            foreach (var member in members)
            {
                if (member is IPropertySymbol
                    {
                        IsStatic: false,
                        IsIndexer: false,
                        IsOverride: false,
                        DeclaredAccessibility: Accessibility.Public,
                        GetMethod.DeclaredAccessibility: Accessibility.Public,
                    } property
                    && !hidingNames.Contains(property.Name))
                {
                    own.Add(property);
                }
            }

            foreach (var member in members)
            {
                // An override shares its base property's name without hiding it.
                if (!member.IsImplicitlyDeclared && member is not IPropertySymbol { IsOverride: true })
                {
                    hidingNames.Add(member.Name);
                }
            }

            chain.Insert(0, own);
        }

        foreach (var own in chain)
        {
            foreach (var property in own)
            {
                yield return property;
            }
        }
    }

    private static ConstructionInput ConstructionOf(INamedTypeSymbol type)
    {
        var required = new HashSet<string>(System.StringComparer.Ordinal);
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                {
                    required.Add(member.Name);
                }
            }
        }

        var constructors = new List<ConstructorInput>();
        foreach (var constructor in type.InstanceConstructors)
        {
            var parameters = new List<ParameterInput>(constructor.Parameters.Length);
            foreach (var parameter in constructor.Parameters)
            {
                parameters.Add(new ParameterInput(parameter.Name, parameter.Type, parameter.RefKind != RefKind.None, parameter.NullableAnnotation == NullableAnnotation.Annotated));
            }

            var ids = new SortedSet<string>(System.StringComparer.Ordinal);
            UsageRestrictions.CollectDiagnosticIds(constructor, ids);
            constructors.Add(new ConstructorInput(
                parameters,
                UsageRestrictions.IsObsoleteError(constructor),
                HasSetsRequiredMembers(constructor),
                type.IsRecord && constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type),
                ids));
        }

        return new ConstructionInput(type.IsAbstract, required, constructors);
    }

    private static bool HasSetsRequiredMembers(IMethodSymbol constructor)
    {
        foreach (var attribute in constructor.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "SetsRequiredMembersAttribute" })
            {
                return true;
            }
        }

        return false;
    }
}
