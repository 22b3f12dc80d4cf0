using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing.Rules;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Turns an <c>[InteractionsSchema]</c> type symbol into a <see cref="SchemaModel"/> plus diagnostics. The only place
/// that looks at symbols; everything downstream works on the model. It orchestrates: each SG1xxx rule is a file of
/// its own in <c>Rules/</c>, named after its id and what it checks. Never throws on user code.
/// </summary>
internal static class SchemaParser
{
    public static SchemaParseResult Parse(INamedTypeSymbol type, AttributeData? attribute, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var typeLocation = LocationInfo.From(type);

        // Half-typed declaration: the compiler reports the missing identifier; there is nothing to name yet.
        if (TypeShape.HasMissingName(type)
            || !GenericSchemaTypeRule.Check(type, diagnostics)
            || !RefStructSchemaTypeRule.Check(type, diagnostics)
            || !FileLocalSchemaTypeRule.Check(type, diagnostics))
        {
            return Failed(diagnostics);
        }

        TypeMustBePartialRule.Check(type, diagnostics, cancellationToken);
        GeneratedMemberConflictRule.Check(type, diagnostics);

        var schemaName = InvalidSchemaNameRule.Read(type, attribute, diagnostics);
        var eventTypes = InvalidEventTypeRule.Read(attribute, diagnostics);
        var inlineItemAndValue = SchemaAttribute.InlinesItemAndValue(attribute);
        var declaredFieldNames = new HashSet<string>(System.StringComparer.Ordinal);
        var suppressedIds = new SortedSet<string>(System.StringComparer.Ordinal);
        var fieldsWithProperties = FieldReader.Read(type, typeLocation, diagnostics, declaredFieldNames, suppressedIds, out var hasUnresolvedType, cancellationToken);
        if (hasUnresolvedType)
        {
            return Failed(diagnostics);
        }

        var fields = new List<FieldModel>(fieldsWithProperties.Count);
        var fieldLocations = new List<LocationInfo?>(fieldsWithProperties.Count);
        foreach (var (field, property) in fieldsWithProperties)
        {
            fields.Add(field);
            fieldLocations.Add(LocationInfo.From(property) ?? typeLocation);
        }

        CheckFieldSet(type.Name, typeLocation, fields, fieldLocations, declaredFieldNames, eventTypes.Count, diagnostics);
        if (HasErrors(diagnostics))
        {
            return Failed(diagnostics);
        }

        var construction = NotReadableRule.Plan(type, fieldsWithProperties, suppressedIds, diagnostics);
        var model = CreateModel(type, schemaName, eventTypes, inlineItemAndValue, construction, fields, suppressedIds);
        return CheckAvroLength(model, typeLocation, diagnostics) ? new SchemaParseResult(model, EquatableArray.From(diagnostics)) : Failed(diagnostics);
    }

    /// <summary>The rules over the fields as a set, for either reader; <paramref name="fieldLocations"/> runs parallel to <paramref name="fields"/>.</summary>
    internal static void CheckFieldSet(
        string typeName,
        LocationInfo? typeLocation,
        IReadOnlyList<FieldModel> fields,
        IReadOnlyList<LocationInfo?> fieldLocations,
        HashSet<string> declaredFieldNames,
        int eventTypeCount,
        List<DiagnosticInfo> diagnostics)
    {
        RequiredFieldMissingRule.Check(typeName, typeLocation, declaredFieldNames, diagnostics);
        for (var i = 0; i < fields.Count; i++)
        {
            ForbiddenPropertiesKeyRule.Check(fields[i], fieldLocations[i], diagnostics);
            StringFieldNotCategoricalRule.Check(fields[i], fieldLocations[i], diagnostics);
            BooleanFieldIgnoredRule.Check(fields[i], fieldLocations[i], diagnostics);
        }

        TooManyMetadataFieldsRule.Check(typeName, typeLocation, fields, diagnostics);
        TooManyOptionalFieldsAndEventTypesRule.Check(typeName, typeLocation, fields, eventTypeCount, diagnostics);
    }

    /// <summary>The model of a type whose fields passed their rules, for either reader.</summary>
    internal static SchemaModel CreateModel(
        INamedTypeSymbol type,
        string schemaName,
        EquatableArray<string> eventTypes,
        bool inlineItemAndValue,
        ConstructionModel? construction,
        List<FieldModel> fields,
        ISet<string> suppressedIds)
    {
        UsageRestrictions.CollectTypeDiagnosticIds(type, suppressedIds);
        return new SchemaModel(
            Namespace: type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
            Keyword: TypeShape.KeywordOf(type),
            TypeName: type.Name,
            ContainingTypes: TypeShape.ContainingTypesOf(type),
            FullyQualifiedName: type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            HintNameStem: TypeShape.HintNameStemOf(type),
            SchemaName: schemaName,
            IsValueType: type.IsValueType,
            InlineItemAndValue: inlineItemAndValue,
            Construction: construction,
            IsVisibleToAssembly: TypeShape.IsVisibleToAssembly(type),
            EventTypes: eventTypes,
            Fields: EquatableArray.From(fields),
            SuppressedDiagnosticIds: EquatableArray.From(new List<string>(suppressedIds)));
    }

    /// <returns>False when the schema is too long for CreateSchema (an error).</returns>
    internal static bool CheckAvroLength(SchemaModel model, LocationInfo? typeLocation, List<DiagnosticInfo> diagnostics)
    {
        var avroLength = AvroSchemaWriter.Length(model);
        if (!AvroSchemaTooLongRule.Check(model, avroLength, typeLocation, diagnostics))
        {
            return false;
        }

        AvroSchemaTooLongForCloudFormationRule.Check(model, avroLength, typeLocation, diagnostics);
        return true;
    }

    private static SchemaParseResult Failed(List<DiagnosticInfo> diagnostics) => new(null, EquatableArray.From(diagnostics));

    internal static bool HasErrors(List<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
