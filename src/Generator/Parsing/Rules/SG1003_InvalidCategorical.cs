using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1003: <c>[Categorical]</c> applies to string, string-sequence and enum metadata fields only. Decides whether a
/// field is categorical: enums are by nature, fields with a fixed meaning never are, but for the domain fields that
/// must be.
/// </summary>
internal static class InvalidCategoricalRule
{
    public static bool Resolve(
        SchemaKind schemaKind,
        string fieldName,
        ValueKind kind,
        PropertyInput property,
        List<DiagnosticInfo> diagnostics)
    {
        var mustBeCategorical = schemaKind.Marking(fieldName) == FieldMarking.Categorical;
        var isFixed = schemaKind.HasFixedMeaning(fieldName) && !mustBeCategorical;
        var attributes = property.Attributes;
        if (!attributes.IsCategorical)
        {
            // Enum values are a closed set of names: categorical by nature, except for the fields with a fixed meaning.
            return kind == ValueKind.Enum && !isFixed;
        }

        string? reason = null;
        if (isFixed)
        {
            reason = "the reserved field " + fieldName + " is never categorical";
        }
        else if (!CanBeCategorical(kind))
        {
            reason = "only string, string-sequence and enum fields can be categorical, and this one is '" + TypeShape.Display(property.Type) + "'";
        }

        if (reason is null)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCategorical, attributes.CategoricalLocation ?? property.Location, property.Name, fieldName, reason));
        return false;
    }

    private static bool CanBeCategorical(ValueKind kind) => kind is ValueKind.String or ValueKind.StringSequence or ValueKind.Enum;
}
