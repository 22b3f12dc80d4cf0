using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1007: a reserved field has one of the types Personalize allows for it, and a required one is not nullable.</summary>
internal static class ReservedFieldTypeRule
{
    public static void Check(
        string fieldName,
        ValueKind kind,
        ITypeSymbol valueType,
        bool isNullable,
        PropertyInput property,
        List<DiagnosticInfo> diagnostics)
    {
        if (IsAccepted(fieldName, kind, valueType, isNullable, out var expected))
        {
            return;
        }

        var requirement = DatasetType.Interactions.IsRequired(fieldName) ? "a non-nullable " + expected : expected;
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedFieldType, property.Location, fieldName, property.Name, requirement, TypeShape.Display(property.Type)));
    }

    private static bool IsAccepted(string fieldName, ValueKind kind, ITypeSymbol valueType, bool isNullable, out string expected)
    {
        // The reader assigns a TIMESTAMP number from a long, so a narrower or unsigned integer cannot hold it.
        var accepted = ReservedFields.Accepts(fieldName, kind, out expected)
            && !(fieldName == ReservedFields.Timestamp && kind == ValueKind.Int64 && valueType.SpecialType != SpecialType.System_Int64);
        return accepted && !(isNullable && DatasetType.Interactions.IsRequired(fieldName));
    }
}
