using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1015: a string metadata field that is not categorical is ignored in training (information).</summary>
internal static class StringFieldNotCategoricalRule
{
    public static void Check(SchemaKind schemaKind, FieldModel field, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        // A textual field is used in training; a field with a fixed meaning is the service's to use.
        if (!schemaKind.HasFixedMeaning(field.FieldName) && field.ValueKind is ValueKind.String or ValueKind.StringSequence && !field.IsCategorical && !field.IsTextual)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.StringFieldNotCategorical, location, field.FieldName, field.PropertyName));
        }
    }
}
