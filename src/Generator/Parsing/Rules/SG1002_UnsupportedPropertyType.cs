using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1002: a field's property type must have a flat Avro type (see <see cref="TypeClassifier"/>).</summary>
internal static class UnsupportedPropertyTypeRule
{
    /// <returns>True when the type maps to a field.</returns>
    public static bool Check(TypeClassifier.Outcome outcome, PropertyInput property, List<DiagnosticInfo> diagnostics)
    {
        if (outcome != TypeClassifier.Outcome.Unsupported)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedPropertyType, property.Location, property.Name, TypeShape.Display(property.Type)));
        return false;
    }
}
