using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// The rules a whole schema must follow, beyond each field on its own: required fields, forbidden keys, the
/// dataset's field limits, fields Personalize ignores, and the length of the Avro schema.
/// </summary>
internal static class SchemaRules
{
    /// <summary>One error per missing USER_ID, ITEM_ID or TIMESTAMP; a field that exists but failed to map is not "missing".</summary>
    public static void CheckRequiredFields(string typeName, LocationInfo? location, HashSet<string> declaredFieldNames, List<DiagnosticInfo> diagnostics)
    {
        foreach (var required in ReservedFields.Required)
        {
            if (declaredFieldNames.Contains(required))
            {
                continue;
            }

            var (propertyName, propertyType) = ReservedFields.SuggestedProperty(required);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RequiredFieldMissing, location, typeName, required, propertyName, propertyType)
                .WithProperty(DiagnosticProperties.FieldName, required)
                .WithProperty(DiagnosticProperties.PropertyName, propertyName)
                .WithProperty(DiagnosticProperties.PropertyType, propertyType));
        }
    }

    public static void CheckFields(List<(FieldModel Field, IPropertySymbol Property)> fields, LocationInfo? typeLocation, List<DiagnosticInfo> diagnostics)
    {
        foreach (var (field, property) in fields)
        {
            if (ReservedFields.IsReserved(field.FieldName))
            {
                continue;
            }

            var location = LocationInfo.From(property) ?? typeLocation;
            if (ReservedFields.IsForbiddenPropertiesKey(field.PropertiesKey))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ForbiddenPropertiesKey, location, field.FieldName, field.PropertyName, field.PropertiesKey));
            }

            if (field.ValueKind is ValueKind.String or ValueKind.StringSequence && !field.IsCategorical)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.StringFieldNotCategorical, location, field.FieldName, field.PropertyName));
            }

            if (field.ValueKind == ValueKind.Boolean)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BooleanFieldIgnored, location, field.FieldName, field.PropertyName));
            }
        }
    }

    public static void CheckCounts(string typeName, LocationInfo? location, List<(FieldModel Field, IPropertySymbol Property)> fields, int eventTypeCount, List<DiagnosticInfo> diagnostics)
    {
        var metadata = new List<string>();
        var optional = 0;
        foreach (var (field, _) in fields)
        {
            if (!ReservedFields.IsReserved(field.FieldName))
            {
                metadata.Add(field.FieldName);
            }

            if (!ReservedFields.IsRequired(field.FieldName))
            {
                optional++;
            }
        }

        if (metadata.Count > SchemaLimits.MaxMetadataFields)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyMetadataFields,
                location,
                typeName,
                Format(metadata.Count),
                string.Join(", ", metadata),
                Format(SchemaLimits.MaxMetadataFields)));
        }

        if (optional + eventTypeCount > SchemaLimits.MaxOptionalFieldsPlusEventTypes)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyOptionalFieldsAndEventTypes,
                location,
                typeName,
                Format(optional),
                Format(eventTypeCount),
                Format(optional + eventTypeCount),
                Format(SchemaLimits.MaxOptionalFieldsPlusEventTypes)));
        }
    }

    /// <summary>Checks the length of the schema as generated; false when CreateSchema would refuse it.</summary>
    public static bool CheckAvroLength(SchemaModel model, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        var length = AvroSchemaWriter.Write(model).Length;
        if (length > SchemaLimits.MaxAvroSchemaLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AvroSchemaTooLong, location, model.TypeName, Format(length), Format(SchemaLimits.MaxAvroSchemaLength)));
            return false;
        }

        if (length > SchemaLimits.MaxCloudFormationSchemaLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AvroSchemaTooLongForCloudFormation, location, model.TypeName, Format(length), Format(SchemaLimits.MaxCloudFormationSchemaLength)));
        }

        return true;
    }

    public static void CheckGeneratedMemberNames(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        // The type's own name clashes too: C# does not allow a member named like its type.
        if (GeneratedNames.SchemaTypeMembers.Contains(type.Name))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.GeneratedMemberConflict, LocationInfo.From(type), "Schema type", type.Name, " (C# does not allow a member named like its type)"));
        }

        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || !GeneratedNames.SchemaTypeMembers.Contains(member.Name) || IsGenerated(member))
            {
                continue;
            }

            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.GeneratedMemberConflict, LocationInfo.From(member) ?? LocationInfo.From(type), "Member of '" + type.Name + "'", member.Name, string.Empty));
        }
    }

    /// <summary>
    /// Analyzers see the compilation with the generator's output in it, so the generated members themselves must
    /// not count as clashes; they live in files whose names end with the generator's hint suffixes.
    /// </summary>
    private static bool IsGenerated(ISymbol member)
    {
        foreach (var location in member.Locations)
        {
            var path = location.SourceTree?.FilePath ?? string.Empty;
            if (Array.FindIndex(GeneratedNames.SchemaFileSuffixes, suffix => path.EndsWith(suffix, StringComparison.Ordinal)) < 0)
            {
                return false;
            }
        }

        return member.Locations.Length > 0;
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
