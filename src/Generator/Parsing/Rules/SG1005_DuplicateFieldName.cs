using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1005: field names must differ even when <c>_</c> and letter case are ignored, as Personalize compares them.</summary>
internal sealed class DuplicateFieldNameRule
{
    private readonly Dictionary<string, FieldModel> _byName = new(FieldNaming.Collisions);

    /// <returns>True when the field's name is the first of its kind.</returns>
    public bool Check(FieldModel field, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        if (!_byName.TryGetValue(field.FieldName, out var earlier))
        {
            _byName.Add(field.FieldName, field);
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
