using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1012: a metadata field's <c>properties</c> key must not be one PutEvents and PutActionInteractions forbid there
/// (PutItems, PutUsers and PutActions forbid none).
/// </summary>
internal static class ForbiddenPropertiesKeyRule
{
    public static void Check(DatasetType dataset, FieldModel field, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        if ((dataset == DatasetType.Interactions || dataset == DatasetType.ActionInteractions)
            && !dataset.IsReserved(field.FieldName)
            && ReservedFields.IsForbiddenPropertiesKey(field.PropertiesKey))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ForbiddenPropertiesKey, location, field.FieldName, field.PropertyName, field.PropertiesKey, dataset.Operation));
        }
    }
}
