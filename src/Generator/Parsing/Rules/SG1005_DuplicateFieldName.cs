using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1005: field names must differ even when <c>_</c> and letter case are ignored, as Personalize compares them.</summary>
internal sealed class DuplicateFieldNameRule
{
    // A schema has a handful of fields: comparing with each earlier one costs less than hashing into a table.
    private readonly List<FieldModel> _earlier = new();

    /// <returns>True when the field's name is the first of its kind.</returns>
    public bool Check(FieldModel field, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        FieldModel? earlier = null;
        foreach (var other in _earlier)
        {
            if (FieldNaming.Collide(other.FieldName, field.FieldName))
            {
                earlier = other;
                break;
            }
        }

        if (earlier is null)
        {
            _earlier.Add(field);
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.DuplicateFieldName,
            location,
            field.FieldName,
            field.PropertyName,
            earlier.FieldName,
            earlier.PropertyName));
        return false;
    }
}
