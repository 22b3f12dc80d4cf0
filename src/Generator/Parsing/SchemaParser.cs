using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing.Rules;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Turns a schema type (<c>[InteractionsSchema]</c>, <c>[ItemsSchema]</c>, …) into a <see cref="SchemaModel"/> plus diagnostics: the only place that
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
        if (!CheckType(type, diagnostics) || (attribute is not null && !TwoSchemaAttributesRule.Check(type, attribute, diagnostics)))
        {
            return Failed(diagnostics);
        }

        var members = SymbolMemberReader.Read(type, typeLocation);
        UsageRestrictions.CollectTypeDiagnosticIds(type, members.SuppressedIds);
        var isVisibleToAssembly = TypeShape.IsVisibleToAssembly(type, UsageRestrictions.IsObsoleteError(type));
        var model = Build(type, typeLocation, SchemaArguments.From(attribute), isVisibleToAssembly, members, diagnostics, cancellationToken);
        return new SchemaParseResult(model, EquatableArray.From(diagnostics));
    }

    /// <summary>
    /// The generator's parse on every edit, of a declaration that may carry a schema attribute: read from its
    /// syntax — the attribute, its arguments and the members — binding only names (<see cref="NameScope"/>), never
    /// the attribute itself nor the type's member symbols. False when syntax cannot settle the declaration, or when the
    /// rules find an error there: then <see cref="Parse"/> reads it, and reports. Both build the model through the
    /// same rules.
    /// </summary>
    /// <param name="model">The schema's model; null when the declaration carries no schema attribute.</param>
    public static bool TryReadFromSyntax(TypeDeclarationSyntax declaration, INamedTypeSymbol type, SemanticModel semanticModel, CancellationToken cancellationToken, out SchemaModel? model)
    {
        model = null;
        var names = new NameScope(declaration, type, semanticModel);
        var typeIds = new List<string>();
        switch (TypeAttributeReader.Read(declaration, names, typeIds, out var arguments, out var isObsoleteError))
        {
            case TypeAttributeReader.Outcome.NotASchema:
                return true;
            case TypeAttributeReader.Outcome.Declined:
                return false;
        }

        var diagnostics = new List<DiagnosticInfo>();
        if (!CheckType(type, diagnostics)
            || SyntaxMemberReader.TryRead(declaration, type, semanticModel, names, cancellationToken) is not { } members)
        {
            return false;
        }

        members.SuppressedIds.UnionWith(typeIds);
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            UsageRestrictions.CollectDiagnosticIds(container, members.SuppressedIds);
        }

        // No model without an error is a type that does not bind yet: the symbol parser reads it.
        model = Build(type, typeLocation: null, arguments!, TypeShape.IsVisibleToAssembly(type, isObsoleteError), members, diagnostics, cancellationToken);
        if (model is null || HasErrors(diagnostics))
        {
            model = null;
            return false;
        }

        return true;
    }

    /// <summary>The rules about the type itself that need none of its members; false after an error that ends the parse.</summary>
    private static bool CheckType(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        // Half-typed declaration: the compiler reports the missing identifier; there is nothing to name yet.
        return !TypeShape.HasMissingName(type)
            && GenericSchemaTypeRule.Check(type, diagnostics)
            && RefStructSchemaTypeRule.Check(type, diagnostics)
            && FileLocalSchemaTypeRule.Check(type, diagnostics)
            && SchemaTypeNamedLikeRuntimeTypeRule.Check(type, diagnostics);
    }

    /// <summary>Every other rule, over what a reader found; the model, or null after an error.</summary>
    private static SchemaModel? Build(
        INamedTypeSymbol type,
        LocationInfo? typeLocation,
        SchemaArguments arguments,
        bool isVisibleToAssembly,
        SchemaMembers members,
        List<DiagnosticInfo> diagnostics,
        CancellationToken cancellationToken)
    {
        TypeMustBePartialRule.Check(type, diagnostics, cancellationToken);
        GeneratedMemberConflictRule.Check(type, members.MemberNames, diagnostics);

        var schemaKind = arguments.Kind;
        var schemaName = InvalidSchemaNameRule.Read(type, arguments, diagnostics);
        var eventTypes = InvalidEventTypeRule.Read(arguments, diagnostics);
        InvalidActionEventTypeRule.Check(type.Name, schemaKind.Dataset, arguments, eventTypes, diagnostics);
        var declaredFieldNames = new HashSet<string>(System.StringComparer.Ordinal);
        var fieldsWithProperties = FieldReader.Read(members.Properties, schemaKind, diagnostics, declaredFieldNames, out var hasUnresolvedType, cancellationToken);
        if (hasUnresolvedType)
        {
            return null;
        }

        var fields = new List<FieldModel>(fieldsWithProperties.Count);
        foreach (var (field, _) in fieldsWithProperties)
        {
            fields.Add(field);
        }

        CheckFieldSet(type.Name, typeLocation, schemaKind, fieldsWithProperties, fields, declaredFieldNames, eventTypes.Count, diagnostics);
        if (HasErrors(diagnostics))
        {
            return null;
        }

        var suppressedIds = members.SuppressedIds;
        var construction = NotReadableRule.Plan(type.Name, GeneratedNames.ReaderOf(schemaKind.Dataset), typeLocation, members.Construction, fieldsWithProperties, suppressedIds, diagnostics);
        var model = new SchemaModel(
            Namespace: SchemaTypeNames.NamespaceOf(type),
            Keyword: TypeShape.KeywordOf(type),
            TypeName: type.Name,
            ContainingTypes: TypeShape.ContainingTypesOf(type),
            FullyQualifiedName: SchemaTypeNames.FullyQualifiedNameOf(type),
            HintNameStem: FileNameClashes.Resolve(type, SchemaTypeNames.HintNameStemOf(type), out var hintNameTaken),
            IsHintNameTaken: hintNameTaken,
            SchemaName: schemaName,
            Kind: schemaKind,
            IsValueType: type.IsValueType,
            InlineItemAndValue: arguments.InlineItemAndValue,
            Construction: construction,
            IsVisibleToAssembly: isVisibleToAssembly,
            EventTypes: eventTypes,
            Fields: EquatableArray.From(fields),
            SuppressedDiagnosticIds: EquatableArray.From(new List<string>(suppressedIds)));
        return CheckAvroLength(model, typeLocation, diagnostics) ? model : null;
    }

    /// <summary>The rules over the fields as a set.</summary>
    private static void CheckFieldSet(
        string typeName,
        LocationInfo? typeLocation,
        SchemaKind schemaKind,
        List<(FieldModel Field, PropertyInput Property)> fieldsWithProperties,
        List<FieldModel> fields,
        HashSet<string> declaredFieldNames,
        int eventTypeCount,
        List<DiagnosticInfo> diagnostics)
    {
        var dataset = schemaKind.Dataset;
        RequiredFieldMissingRule.Check(typeName, typeLocation, schemaKind, declaredFieldNames, diagnostics);
        foreach (var (field, property) in fieldsWithProperties)
        {
            var location = property.Location ?? typeLocation;
            ForbiddenPropertiesKeyRule.Check(dataset, field, location, diagnostics);
            DomainFieldMarkingRule.Check(schemaKind, field, location, diagnostics);
            StringFieldNotCategoricalRule.Check(schemaKind, field, location, diagnostics);
            BooleanFieldIgnoredRule.Check(dataset, field, location, diagnostics);
        }

        InvalidTextualRule.CheckCount(fieldsWithProperties, typeLocation, diagnostics);
        MissingMetadataFieldRule.Check(typeName, typeLocation, dataset, fields, diagnostics);
        TooManyMetadataFieldsRule.Check(typeName, typeLocation, dataset, fields, diagnostics);
        if (dataset == DatasetType.Interactions)
        {
            TooManyOptionalFieldsAndEventTypesRule.Check(typeName, typeLocation, fields, eventTypeCount, diagnostics);
        }
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
