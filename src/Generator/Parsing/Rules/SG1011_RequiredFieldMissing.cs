using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1011: the fields every schema of the dataset type (and of its domain) has — USER_ID, ITEM_ID and TIMESTAMP for
/// Interactions, ITEM_ID for Items, … — are declared; a field that exists but failed to map is not "missing".
/// </summary>
internal static class RequiredFieldMissingRule
{
    public static void Check(string typeName, LocationInfo? location, SchemaKind schemaKind, HashSet<string> declaredFieldNames, List<DiagnosticInfo> diagnostics)
    {
        var required = RequiredFields(schemaKind);
        string? requiredProperties = null;
        foreach (var fieldName in required)
        {
            if (declaredFieldNames.Contains(fieldName))
            {
                continue;
            }

            var (propertyName, propertyType) = ReservedFields.SuggestedProperty(fieldName, schemaKind.RequiredAvroType(fieldName));
            requiredProperties ??= RequiredProperties(schemaKind, required);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RequiredFieldMissing, location, typeName, fieldName, schemaKind.ToString(), Names(required), propertyName, propertyType)
                .WithProperty(DiagnosticProperties.FieldName, fieldName)
                .WithProperty(DiagnosticProperties.PropertyName, propertyName)
                .WithProperty(DiagnosticProperties.PropertyType, propertyType)
                .WithProperty(DiagnosticProperties.RequiredProperties, requiredProperties));
        }
    }

    private static string RequiredProperties(SchemaKind schemaKind, List<string> required)
    {
        var names = new List<string>(required.Count);
        foreach (var fieldName in required)
        {
            names.Add(ReservedFields.SuggestedProperty(fieldName, schemaKind.RequiredAvroType(fieldName)).PropertyName);
        }

        return string.Join(",", names);
    }

    /// <summary>The dataset type's required fields, then its domain's that it lacks, in the guide's order.</summary>
    private static List<string> RequiredFields(SchemaKind schemaKind)
    {
        var required = new List<string>(schemaKind.Dataset.RequiredFields);
        if (schemaKind.Domain is { } domain)
        {
            foreach (var field in domain.FieldsOf(schemaKind.Dataset))
            {
                if (field.IsRequired && !required.Contains(field.Name))
                {
                    required.Add(field.Name);
                }
            }
        }

        return required;
    }

    /// <summary>"USER_ID, ITEM_ID and TIMESTAMP".</summary>
    private static string Names(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1];
}
