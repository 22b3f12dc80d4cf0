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
        var required = schemaKind.RequiredFields;
        string? requiredProperties = null;
        foreach (var fieldName in required)
        {
            if (declaredFieldNames.Contains(fieldName))
            {
                continue;
            }

            var (propertyName, propertyType) = ReservedFields.SuggestedProperty(fieldName, schemaKind.RequiredAvroType(fieldName));
            requiredProperties ??= RequiredProperties(schemaKind, required);
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.RequiredFieldMissing, location, typeName, fieldName, schemaKind.ToString(), schemaKind.RequiredFieldsText, propertyName, propertyType)
                .WithProperty(DiagnosticProperties.FieldName, fieldName)
                .WithProperty(DiagnosticProperties.PropertyName, propertyName)
                .WithProperty(DiagnosticProperties.PropertyType, propertyType)
                .WithProperty(DiagnosticProperties.RequiredProperties, requiredProperties);

            // A domain's categorical or textual field is added marked, or the fix would lead straight to SG1027.
            diagnostics.Add(schemaKind.Marking(fieldName) switch
            {
                FieldMarking.Categorical => diagnostic.WithProperty(DiagnosticProperties.Attribute, "Categorical"),
                FieldMarking.Textual => diagnostic.WithProperty(DiagnosticProperties.Attribute, "Textual"),
                _ => diagnostic,
            });
        }
    }

    private static string RequiredProperties(SchemaKind schemaKind, IReadOnlyList<string> required)
    {
        var names = new List<string>(required.Count);
        foreach (var fieldName in required)
        {
            names.Add(ReservedFields.SuggestedProperty(fieldName, schemaKind.RequiredAvroType(fieldName)).PropertyName);
        }

        return string.Join(",", names);
    }

}
