using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1027: a domain field that the domain defines as categorical (CATEGORY_L1, GENRES, …) or textual
/// (PRODUCT_DESCRIPTION) is marked so.
/// </summary>
internal static class DomainFieldMarkingRule
{
    public static void Check(SchemaKind schemaKind, FieldModel field, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        switch (schemaKind.Marking(field.FieldName))
        {
            case FieldMarking.Categorical when !field.IsCategorical:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DomainFieldMarking, location, field.FieldName, field.PropertyName, schemaKind.ToString(), "categorical", "Categorical"));
                break;
            case FieldMarking.Textual when !field.IsTextual:
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DomainFieldMarking, location, field.FieldName, field.PropertyName, schemaKind.ToString(), "textual", "Textual"));
                break;
        }
    }
}
