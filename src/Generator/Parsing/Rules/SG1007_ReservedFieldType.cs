using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1007: a reserved field — of the dataset type, or of the domain — has one of the types Personalize allows for it,
/// and a required one is not nullable.
/// </summary>
internal static class ReservedFieldTypeRule
{
    public static void Check(
        SchemaKind schemaKind,
        string fieldName,
        ValueKind kind,
        ITypeSymbol valueType,
        bool isNullable,
        PropertyInput property,
        List<DiagnosticInfo> diagnostics)
    {
        if (schemaKind.RequiredAvroType(fieldName) is not { } avroType || IsAccepted(schemaKind, fieldName, avroType, kind, valueType, isNullable, out var expected))
        {
            return;
        }

        var requirement = schemaKind.IsRequired(fieldName) ? "a non-nullable " + expected : expected;
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedFieldType, property.Location, fieldName, property.Name, requirement, TypeShape.Display(property.Type)));
    }

    private static bool IsAccepted(SchemaKind schemaKind, string fieldName, string avroType, ValueKind kind, ITypeSymbol valueType, bool isNullable, out string expected)
    {
        // The reader assigns a long field's number from a long, so a narrower or unsigned integer cannot hold it.
        var accepted = ReservedFields.Accepts(schemaKind.Dataset, fieldName, avroType, kind, out expected)
            && !(avroType == "long" && kind == ValueKind.Int64 && valueType.SpecialType != SpecialType.System_Int64);
        return accepted && !(isNullable && schemaKind.IsRequired(fieldName));
    }
}
