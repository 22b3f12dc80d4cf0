using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1013: an Interactions dataset takes a limited number of metadata fields (reserved fields not counted).</summary>
internal static class TooManyMetadataFieldsRule
{
    public static void Check(string typeName, LocationInfo? location, IReadOnlyList<FieldModel> fields, List<DiagnosticInfo> diagnostics)
    {
        var metadata = new List<string>();
        foreach (var field in fields)
        {
            if (!ReservedFields.IsReserved(field.FieldName))
            {
                metadata.Add(field.FieldName);
            }
        }

        if (metadata.Count > DatasetType.Interactions.MaxMetadataFields)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyMetadataFields,
                location,
                typeName,
                metadata.Count.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", metadata),
                DatasetType.Interactions.MaxMetadataFields.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
