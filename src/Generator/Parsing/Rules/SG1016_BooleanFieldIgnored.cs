using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1016: Personalize ignores boolean metadata fields in training (information).</summary>
internal static class BooleanFieldIgnoredRule
{
    public static void Check(DatasetType dataset, FieldModel field, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        if (!dataset.IsReserved(field.FieldName) && field.ValueKind == ValueKind.Boolean)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BooleanFieldIgnored, location, field.FieldName, field.PropertyName));
        }
    }
}
