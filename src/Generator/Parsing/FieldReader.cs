using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing.Rules;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// The field rules, once for both readers: which of the properties a reader found are fields, their names, kinds and
/// types, each checked by the field rules in <c>Rules/</c>.
/// </summary>
internal static class FieldReader
{
    /// <param name="declaredFieldNames">Receives every field name declared, mapped or not (for SG1011).</param>
    /// <param name="hasUnresolvedType">Set when a property's type or attribute does not bind yet (half-typed code).</param>
    public static List<(FieldModel Field, PropertyInput Property)> Read(
        IReadOnlyList<PropertyInput> properties,
        SchemaKind schemaKind,
        List<DiagnosticInfo> diagnostics,
        HashSet<string> declaredFieldNames,
        out bool hasUnresolvedType,
        CancellationToken cancellationToken)
    {
        hasUnresolvedType = false;
        var fields = new List<(FieldModel Field, PropertyInput Property)>(properties.Count);
        var collisions = new DuplicateFieldNameRule();

        foreach (var property in properties)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attributes = property.Attributes;
            if (attributes.IsIgnored)
            {
                continue;
            }

            if (attributes.IsUnresolved)
            {
                hasUnresolvedType = true;
                continue;
            }

            var fieldName = attributes.FieldName ?? ReservedFields.ForPropertyName(property.Name, schemaKind.Dataset) ?? FieldNaming.ToFieldName(property.Name);
            declaredFieldNames.Add(fieldName);
            if (!UnusableMemberRule.Check(property, diagnostics))
            {
                continue;
            }

            var outcome = TypeClassifier.Classify(property.Type, property.Annotation, out var kind, out var isNullable, out var valueType);
            if (outcome == TypeClassifier.Outcome.Unresolved)
            {
                hasUnresolvedType = true;
                continue;
            }

            // The type is displayed only when a rule reports it: parsing runs for every schema on every edit.
            if (!UnsupportedPropertyTypeRule.Check(outcome, property, diagnostics)
                || !InvalidFieldNameRule.Check(fieldName, property.Name, attributes.FieldNameLocation ?? property.Location, diagnostics))
            {
                continue;
            }

            ReservedFieldTypeRule.Check(schemaKind, fieldName, kind, valueType, isNullable, property, diagnostics);
            var isCategorical = InvalidCategoricalRule.Resolve(schemaKind, fieldName, kind, property, diagnostics);
            var isTextual = InvalidTextualRule.Resolve(schemaKind, fieldName, kind, property, diagnostics);
            var field = CreateField(
                property.Name,
                property.Type,
                valueType,
                fieldName,
                kind,
                schemaKind.AvroTypeOf(fieldName, kind),
                isNullable,
                isCategorical,
                isTextual,
                property.IsSettable,
                kind == ValueKind.Enum ? EnumMembers(valueType) : EquatableArray<EnumMemberModel>.Empty);

            if (collisions.Check(field, property.Location, diagnostics))
            {
                fields.Add((field, property));
            }
        }

        return fields;
    }

    /// <summary>The field of one mapped property: the type names are written as generated code needs them.</summary>
    private static FieldModel CreateField(
        string propertyName,
        ITypeSymbol propertyType,
        ITypeSymbol valueType,
        string fieldName,
        ValueKind kind,
        AvroType avroType,
        bool isNullable,
        bool isCategorical,
        bool isTextual,
        bool isSettable,
        EquatableArray<EnumMemberModel> enumMembers) =>
        new(
            PropertyName: propertyName,
            PropertyTypeName: TypeNames.Of(propertyType, isNullable && propertyType.IsReferenceType),
            ValueTypeName: TypeNames.Of(valueType, annotated: false),
            FieldName: fieldName,
            PropertiesKey: FieldNaming.ToPropertiesKey(fieldName),
            ValueKind: kind,
            AvroType: avroType,
            IsNullable: isNullable,
            IsCategorical: isCategorical,
            IsTextual: isTextual,
            IsSettable: isSettable,
            EnumMembers: enumMembers,
            EnumUnderlyingType: valueType is INamedTypeSymbol { EnumUnderlyingType: { } underlying } ? TypeNames.Of(underlying, annotated: false) : string.Empty);

    /// <summary>An enum's members, read once per compilation however many schemas use the enum.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ITypeSymbol, EnumMembersOf> EnumMembersRead = new();

    private sealed class EnumMembersOf
    {
        public EnumMembersOf(EquatableArray<EnumMemberModel> members) => Members = members;

        public EquatableArray<EnumMemberModel> Members { get; }
    }

    private static EquatableArray<EnumMemberModel> EnumMembers(ITypeSymbol enumType) =>
        EnumMembersRead.GetValue(enumType.OriginalDefinition, static type => new EnumMembersOf(ReadEnumMembers(type))).Members;

    /// <summary>
    /// One member per distinct value, so that formatting a value has exactly one answer; a member without a name
    /// (half-typed code) is skipped, since there is nothing to send for it.
    /// </summary>
    private static EquatableArray<EnumMemberModel> ReadEnumMembers(ITypeSymbol enumType)
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
}
