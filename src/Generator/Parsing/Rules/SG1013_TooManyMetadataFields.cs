using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1013: each dataset type takes a limited number of metadata fields (reserved fields not counted; a domain's own
/// fields are metadata fields and count): Interactions 5, Items 100, Users 25, Actions 10, Action interactions 5.
/// </summary>
internal static class TooManyMetadataFieldsRule
{
    public static void Check(string typeName, LocationInfo? location, DatasetType dataset, IReadOnlyList<FieldModel> fields, List<DiagnosticInfo> diagnostics)
    {
        var metadata = new List<string>();
        foreach (var field in fields)
        {
            if (!dataset.IsReserved(field.FieldName))
            {
                metadata.Add(field.FieldName);
            }
        }

        if (metadata.Count > dataset.MaxMetadataFields)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyMetadataFields,
                location,
                typeName,
                metadata.Count.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", metadata),
                dataset.RecordName,
                dataset.MaxMetadataFields.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
