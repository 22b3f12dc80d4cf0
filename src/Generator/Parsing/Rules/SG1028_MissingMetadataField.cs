using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1028: an Items, Users or Actions schema has at least one metadata field besides its reserved fields.</summary>
internal static class MissingMetadataFieldRule
{
    public static void Check(string typeName, LocationInfo? location, DatasetType dataset, IReadOnlyList<FieldModel> fields, List<DiagnosticInfo> diagnostics)
    {
        if (!dataset.NeedsMetadataField)
        {
            return;
        }

        foreach (var field in fields)
        {
            if (!dataset.IsReserved(field.FieldName))
            {
                return;
            }
        }

        var reserved = new List<string>(dataset.RequiredFields);
        reserved.AddRange(dataset.OptionalReservedFields);
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingMetadataField, location, typeName, dataset.RecordName, string.Join(", ", reserved)));
    }
}
