using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1011: USER_ID, ITEM_ID and TIMESTAMP are in every schema; a field that exists but failed to map is not "missing".</summary>
internal static class RequiredFieldMissingRule
{
    public static void Check(string typeName, LocationInfo? location, HashSet<string> declaredFieldNames, List<DiagnosticInfo> diagnostics)
    {
        foreach (var required in DatasetType.Interactions.RequiredFields)
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
}
