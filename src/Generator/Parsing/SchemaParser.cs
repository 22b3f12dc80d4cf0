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
        var inlineItemAndValue = SchemaAttribute.NamedArgument(attribute, KnownNames.InlineItemAndValueArgument) is { Kind: TypedConstantKind.Primitive, Value: true };
        var declaredFieldNames = new HashSet<string>(System.StringComparer.Ordinal);
        var suppressedIds = new SortedSet<string>(System.StringComparer.Ordinal);
        var fieldsWithProperties = FieldReader.Read(type, typeLocation, diagnostics, declaredFieldNames, suppressedIds, out var hasUnresolvedType, cancellationToken);
        if (hasUnresolvedType)
        {
            return Failed(diagnostics);
        }

        RequiredFieldMissingRule.Check(type.Name, typeLocation, declaredFieldNames, diagnostics);
        var fields = new List<FieldModel>(fieldsWithProperties.Count);
        foreach (var (field, property) in fieldsWithProperties)
        {
            fields.Add(field);
            var location = LocationInfo.From(property) ?? typeLocation;
            ForbiddenPropertiesKeyRule.Check(field, location, diagnostics);
            StringFieldNotCategoricalRule.Check(field, location, diagnostics);
            BooleanFieldIgnoredRule.Check(field, location, diagnostics);
        }

        TooManyMetadataFieldsRule.Check(type.Name, typeLocation, fields, diagnostics);
        TooManyOptionalFieldsAndEventTypesRule.Check(type.Name, typeLocation, fields, eventTypes.Count, diagnostics);
        if (HasErrors(diagnostics))
        {
            return Failed(diagnostics);
        }

        var construction = NotReadableRule.Plan(type, fieldsWithProperties, suppressedIds, diagnostics);
        UsageRestrictions.CollectTypeDiagnosticIds(type, suppressedIds);
        var model = new SchemaModel(
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

        var avroLength = AvroSchemaWriter.Length(model);
        if (!AvroSchemaTooLongRule.Check(model, avroLength, typeLocation, diagnostics))
        {
            return Failed(diagnostics);
        }

        AvroSchemaTooLongForCloudFormationRule.Check(model, avroLength, typeLocation, diagnostics);
        return new SchemaParseResult(model, EquatableArray.From(diagnostics));
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
