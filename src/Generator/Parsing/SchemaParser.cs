using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing.Rules;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Turns an <c>[InteractionsSchema]</c> type into a <see cref="SchemaModel"/> plus diagnostics: the only place that
/// looks at symbols and syntax; everything downstream works on the model. Two readers find the type's members — one
/// from its syntax, binding only property types and attribute names, one from its symbols — and one set of rules
/// builds the model from what either found: each SG1xxx rule is a file of its own in <c>Rules/</c>, named after its
/// id and what it checks. Never throws on user code.
/// </summary>
internal static class SchemaParser
{
    /// <summary>The parse that reports: every declaration shape, read from the type's symbols.</summary>
    public static SchemaParseResult Parse(INamedTypeSymbol type, AttributeData? attribute, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var typeLocation = LocationInfo.From(type);
        if (!CheckType(type, diagnostics))
        {
            return Failed(diagnostics);
        }

        var members = SymbolMemberReader.Read(type, typeLocation);
        var model = Build(type, typeLocation, attribute, members, diagnostics, cancellationToken);
        return new SchemaParseResult(model, EquatableArray.From(diagnostics));
    }

    /// <summary>
    /// The generator's parse on every edit: the model of a declaration <see cref="SyntaxMemberReader"/> can read
    /// without creating the type's member symbols, or null when it cannot, or when the rules find an error there —
    /// then <see cref="Parse"/> reads it, and reports. Both build the model through the same rules.
    /// </summary>
    public static SchemaModel? TryReadFromSyntax(SyntaxNode node, INamedTypeSymbol type, AttributeData? attribute, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (attribute is null
            || !CheckType(type, diagnostics)
            || SyntaxMemberReader.TryRead(node, type, semanticModel, cancellationToken) is not { } members)
        {
            return null;
        }

        var model = Build(type, typeLocation: null, attribute, members, diagnostics, cancellationToken);
        return HasErrors(diagnostics) ? null : model;
    }

    /// <summary>The rules about the type itself that need none of its members; false after an error that ends the parse.</summary>
    private static bool CheckType(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        // Half-typed declaration: the compiler reports the missing identifier; there is nothing to name yet.
        return !TypeShape.HasMissingName(type)
            && GenericSchemaTypeRule.Check(type, diagnostics)
            && RefStructSchemaTypeRule.Check(type, diagnostics)
            && FileLocalSchemaTypeRule.Check(type, diagnostics);
    }

    /// <summary>Every other rule, over what a reader found; the model, or null after an error.</summary>
    private static SchemaModel? Build(
        INamedTypeSymbol type,
        LocationInfo? typeLocation,
        AttributeData? attribute,
        SchemaMembers members,
        List<DiagnosticInfo> diagnostics,
        CancellationToken cancellationToken)
    {
        TypeMustBePartialRule.Check(type, diagnostics, cancellationToken);
        GeneratedMemberConflictRule.Check(type, members.MemberNames, diagnostics);

        var schemaName = InvalidSchemaNameRule.Read(type, attribute, diagnostics);
        var eventTypes = InvalidEventTypeRule.Read(attribute, diagnostics);
        var inlineItemAndValue = SchemaAttribute.InlinesItemAndValue(attribute);
        var declaredFieldNames = new HashSet<string>(System.StringComparer.Ordinal);
        var fieldsWithProperties = FieldReader.Read(members.Properties, diagnostics, declaredFieldNames, out var hasUnresolvedType, cancellationToken);
        if (hasUnresolvedType)
        {
            return null;
        }

        var fields = new List<FieldModel>(fieldsWithProperties.Count);
        foreach (var (field, _) in fieldsWithProperties)
        {
            fields.Add(field);
        }

        CheckFieldSet(type.Name, typeLocation, fieldsWithProperties, fields, declaredFieldNames, eventTypes.Count, diagnostics);
        if (HasErrors(diagnostics))
        {
            return null;
        }

        var suppressedIds = members.SuppressedIds;
        var construction = NotReadableRule.Plan(type.Name, typeLocation, members.Construction, fieldsWithProperties, suppressedIds, diagnostics);
        UsageRestrictions.CollectTypeDiagnosticIds(type, suppressedIds);
        var model = new SchemaModel(
            Namespace: type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
            Keyword: TypeShape.KeywordOf(type),
            TypeName: type.Name,
            ContainingTypes: TypeShape.ContainingTypesOf(type),
            FullyQualifiedName: type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            HintNameStem: FileNameClashes.Resolve(type, TypeShape.HintNameStemOf(type), out var hintNameTaken),
            IsHintNameTaken: hintNameTaken,
            SchemaName: schemaName,
            IsValueType: type.IsValueType,
            InlineItemAndValue: inlineItemAndValue,
            Construction: construction,
            IsVisibleToAssembly: TypeShape.IsVisibleToAssembly(type),
            EventTypes: eventTypes,
            Fields: EquatableArray.From(fields),
            SuppressedDiagnosticIds: EquatableArray.From(new List<string>(suppressedIds)));
        return CheckAvroLength(model, typeLocation, diagnostics) ? model : null;
    }

    /// <summary>The rules over the fields as a set.</summary>
    private static void CheckFieldSet(
        string typeName,
        LocationInfo? typeLocation,
        List<(FieldModel Field, PropertyInput Property)> fieldsWithProperties,
        List<FieldModel> fields,
        HashSet<string> declaredFieldNames,
        int eventTypeCount,
        List<DiagnosticInfo> diagnostics)
    {
        RequiredFieldMissingRule.Check(typeName, typeLocation, declaredFieldNames, diagnostics);
        foreach (var (field, property) in fieldsWithProperties)
        {
            var location = property.Location ?? typeLocation;
            ForbiddenPropertiesKeyRule.Check(field, location, diagnostics);
            StringFieldNotCategoricalRule.Check(field, location, diagnostics);
            BooleanFieldIgnoredRule.Check(field, location, diagnostics);
        }

        TooManyMetadataFieldsRule.Check(typeName, typeLocation, fields, diagnostics);
        TooManyOptionalFieldsAndEventTypesRule.Check(typeName, typeLocation, fields, eventTypeCount, diagnostics);
    }

    /// <returns>False when the schema is too long for CreateSchema (an error).</returns>
    private static bool CheckAvroLength(SchemaModel model, LocationInfo? typeLocation, List<DiagnosticInfo> diagnostics)
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

    private static bool HasErrors(List<DiagnosticInfo> diagnostics)
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
