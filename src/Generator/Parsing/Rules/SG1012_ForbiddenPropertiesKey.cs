using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1012: a metadata field's <c>properties</c> key must not be one PutEvents forbids there.</summary>
internal static class ForbiddenPropertiesKeyRule
{
    public static void Check(FieldModel field, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        if (!ReservedFields.IsReserved(field.FieldName) && ReservedFields.IsForbiddenPropertiesKey(field.PropertiesKey))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ForbiddenPropertiesKey, location, field.FieldName, field.PropertyName, field.PropertiesKey));
        }
    }
}
