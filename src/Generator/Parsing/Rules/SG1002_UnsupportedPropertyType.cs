using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1002: a field's property type must have a flat Avro type (see <see cref="TypeClassifier"/>).</summary>
internal static class UnsupportedPropertyTypeRule
{
    /// <returns>True when the type maps to a field.</returns>
    public static bool Check(TypeClassifier.Outcome outcome, string propertyName, string typeDisplay, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        if (outcome != TypeClassifier.Outcome.Unsupported)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedPropertyType, location, propertyName, typeDisplay));
        return false;
    }
}
