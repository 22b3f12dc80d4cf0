using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1003: <c>[Categorical]</c> applies to string, string-sequence and enum metadata fields only. Decides whether a
/// field is categorical: enums are by nature, reserved fields never are.
/// </summary>
internal static class InvalidCategoricalRule
{
    public static bool Resolve(
        string fieldName,
        ValueKind kind,
        PropertyAttributes attributes,
        IPropertySymbol property,
        LocationInfo? location,
        List<DiagnosticInfo> diagnostics)
    {
        var isReserved = ReservedFields.IsReserved(fieldName);
        if (!attributes.IsCategorical)
        {
            // Enum values are a closed set of names: categorical by nature, except for the reserved fields.
            return kind == ValueKind.Enum && !isReserved;
        }

        string? reason = null;
        if (isReserved)
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

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCategorical, attributes.CategoricalLocation ?? location, property.Name, fieldName, reason));
        return false;
    }

    /// <summary>Whether <c>[Categorical]</c> is allowed on a field: a metadata field of a string, string-sequence or enum type.</summary>
    public static bool Allows(string fieldName, ValueKind kind) => !ReservedFields.IsReserved(fieldName) && CanBeCategorical(kind);

    private static bool CanBeCategorical(ValueKind kind) => kind is ValueKind.String or ValueKind.StringSequence or ValueKind.Enum;
}
