using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing.Rules;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Reads a schema type's properties into fields: which properties are fields, their names, kinds and types, each
/// checked by the field rules in <c>Rules/</c>.
/// </summary>
internal static class FieldReader
{
    /// <param name="declaredFieldNames">Receives every field name declared, mapped or not (for SG1011).</param>
    /// <param name="suppressedIds">Receives the diagnostic ids that using the fields raises (see <see cref="UsageRestrictions"/>).</param>
    /// <param name="hasUnresolvedType">Set when a property's type or attribute does not bind yet (half-typed code).</param>
    public static List<(FieldModel Field, IPropertySymbol Property)> Read(
        INamedTypeSymbol type,
        LocationInfo? typeLocation,
        List<DiagnosticInfo> diagnostics,
        HashSet<string> declaredFieldNames,
        ISet<string> suppressedIds,
        out bool hasUnresolvedType,
        CancellationToken cancellationToken)
    {
        hasUnresolvedType = false;
        var fields = new List<(FieldModel Field, IPropertySymbol Property)>();
        var collisions = new DuplicateFieldNameRule();

        foreach (var property in PropertiesInDeclarationOrder(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var location = LocationInfo.From(property) ?? typeLocation;
            var attributes = PropertyAttributes.Read(property);
            if (attributes.IsIgnored)
            {
                continue;
            }

            if (attributes.IsUnresolved)
            {
                hasUnresolvedType = true;
                continue;
            }

            var fieldName = attributes.FieldName ?? ReservedFields.ForPropertyName(property.Name) ?? FieldNaming.ToFieldName(property.Name);
            declaredFieldNames.Add(fieldName);
            if (!UnusableMemberRule.Check(property, location, diagnostics))
            {
                continue;
            }

            var outcome = TypeClassifier.Classify(property.Type, property.NullableAnnotation, out var kind, out var isNullable, out var valueType);
            if (outcome == TypeClassifier.Outcome.Unresolved)
            {
                hasUnresolvedType = true;
                continue;
            }

            // The type is displayed only when a rule reports it: parsing runs for every schema on every edit.
            if (!UnsupportedPropertyTypeRule.Check(outcome, property, location, diagnostics)
                || !InvalidFieldNameRule.Check(fieldName, property.Name, attributes.FieldNameLocation ?? location, diagnostics))
            {
                continue;
            }

            ReservedFieldTypeRule.Check(fieldName, kind, valueType, isNullable, property, location, diagnostics);
            var isCategorical = InvalidCategoricalRule.Resolve(fieldName, kind, attributes, property, location, diagnostics);
            UsageRestrictions.CollectDiagnosticIds(property, suppressedIds);
            UsageRestrictions.CollectDiagnosticIds(property.GetMethod, suppressedIds);
            UsageRestrictions.CollectDiagnosticIds(property.SetMethod, suppressedIds);
            UsageRestrictions.CollectTypeDiagnosticIds(property.Type, suppressedIds);

            var field = CreateField(
                property.Name,
                property.Type,
                valueType,
                fieldName,
                kind,
                isNullable,
                isCategorical,
                IsSettable(type, property),
                kind == ValueKind.Enum ? EnumMembers(valueType) : EquatableArray<EnumMemberModel>.Empty);

            if (collisions.Check(field, location, diagnostics))
            {
                fields.Add((field, property));
            }
        }

        return fields;
    }

    /// <summary>The field of one mapped property, for either reader: the type names are written as generated code needs them.</summary>
    public static FieldModel CreateField(
        string propertyName,
        ITypeSymbol propertyType,
        ITypeSymbol valueType,
        string fieldName,
        ValueKind kind,
        bool isNullable,
        bool isCategorical,
        bool isSettable,
        EquatableArray<EnumMemberModel> enumMembers) =>
        new(
            PropertyName: propertyName,
            PropertyTypeName: TypeName(propertyType, isNullable && propertyType.IsReferenceType),
            ValueTypeName: TypeName(valueType, annotated: false),
            FieldName: fieldName,
            PropertiesKey: FieldNaming.ToPropertiesKey(fieldName),
            ValueKind: kind,
            AvroType: ReservedFields.AvroTypeOf(fieldName, kind),
            IsNullable: isNullable,
            IsCategorical: isCategorical,
            IsSettable: isSettable,
            EnumMembers: enumMembers,
            EnumUnderlyingType: valueType is INamedTypeSymbol { EnumUnderlyingType: { } underlying } ? underlying.ToDisplayString() : string.Empty);

    private static readonly SymbolDisplayFormat TypeNameFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static string TypeName(ITypeSymbol type, bool annotated) =>
        type.WithNullableAnnotation(annotated ? NullableAnnotation.Annotated : NullableAnnotation.NotAnnotated).ToDisplayString(TypeNameFormat);

    /// <summary>Generated members live in the type, so any setter of its own is usable; a base type's private one is not.</summary>
    private static bool IsSettable(INamedTypeSymbol type, IPropertySymbol property) =>
        property.SetMethod is { } setter
        && (SymbolEqualityComparer.Default.Equals(property.ContainingType, type) || setter.DeclaredAccessibility != Accessibility.Private);

    /// <summary>
    /// One member per distinct value, so that formatting a value has exactly one answer; a member without a name
    /// (half-typed code) is skipped, since there is nothing to send for it.
    /// </summary>
    private static EquatableArray<EnumMemberModel> EnumMembers(ITypeSymbol enumType)
    {
        var members = new List<EnumMemberModel>();
        var seenValues = new HashSet<object>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } value } field
                && SyntaxFacts.IsValidIdentifier(field.Name)
                && seenValues.Add(value))
            {
                members.Add(new EnumMemberModel(field.Name, EnumValueLiteral(value)));
            }
        }

        return EquatableArray.From(members);
    }

    private static string EnumValueLiteral(object value) => value switch
    {
        ulong number => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "UL",
        long number => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "L",
        uint number => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "U",
        _ => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "0",
    };

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
}
