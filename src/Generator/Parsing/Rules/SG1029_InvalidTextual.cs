using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1029: <c>[Textual]</c> applies to one string field of an Items schema, which is not also categorical and has no
/// other fixed meaning (the domains' PRODUCT_DESCRIPTION must be textual). Decides whether a field is textual.
/// </summary>
internal static class InvalidTextualRule
{
    public static bool Resolve(SchemaKind schemaKind, string fieldName, ValueKind kind, PropertyInput property, List<DiagnosticInfo> diagnostics)
    {
        var attributes = property.Attributes;
        if (!attributes.IsTextual)
        {
            return false;
        }

        string? reason = null;
        if (!schemaKind.Dataset.AllowsTextual)
        {
            reason = "only Items schemas have textual fields, and this schema is of the " + schemaKind.Dataset.RecordName + " dataset type";
        }
        else if (schemaKind.HasFixedMeaning(fieldName) && schemaKind.Marking(fieldName) != FieldMarking.Textual)
        {
            reason = "the reserved field " + fieldName + " is never textual";
        }
        else if (kind != ValueKind.String)
        {
            reason = "only a string field can be textual, and this one is '" + TypeShape.Display(property.Type) + "'";
        }
        else if (attributes.IsCategorical)
        {
            reason = "a field is categorical or textual, not both";
        }

        if (reason is null)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTextual, attributes.TextualLocation ?? property.Location, property.Name, fieldName, reason));
        return false;
    }

    /// <summary>At most one textual field per schema: every one after the first is reported.</summary>
    public static void CheckCount(List<(FieldModel Field, PropertyInput Property)> fields, LocationInfo? typeLocation, List<DiagnosticInfo> diagnostics)
    {
        FieldModel? first = null;
        foreach (var (field, property) in fields)
        {
            if (!field.IsTextual)
            {
                continue;
            }

            if (first is null)
            {
                first = field;
                continue;
            }

            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidTextual,
                property.Attributes.TextualLocation ?? property.Location ?? typeLocation,
                field.PropertyName,
                field.FieldName,
                "the schema's textual field is already " + first.FieldName + ", and a schema has at most one"));
        }
    }
}
