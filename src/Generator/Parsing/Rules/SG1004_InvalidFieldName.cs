using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1004: a field name matches <c>[A-Za-z_][A-Za-z0-9_]*</c> within the length limit.</summary>
internal static class InvalidFieldNameRule
{
    /// <returns>True when the name is valid.</returns>
    public static bool Check(string fieldName, string propertyName, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        if (FieldNaming.IsValidFieldName(fieldName))
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.InvalidFieldName,
            location,
            fieldName,
            propertyName,
            SchemaLimits.MaxFieldNameLength.ToString(CultureInfo.InvariantCulture)));
        return false;
    }
}
