using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1005: field names must differ even when <c>_</c> and letter case are ignored, as Personalize compares them.</summary>
internal sealed class DuplicateFieldNameRule
{
    private readonly Dictionary<string, FieldModel> _byCollisionKey = new();

    /// <returns>True when the field's name is the first of its kind.</returns>
    public bool Check(FieldModel field, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        var collisionKey = FieldNaming.CollisionKey(field.FieldName);
        if (!_byCollisionKey.TryGetValue(collisionKey, out var earlier))
        {
            _byCollisionKey.Add(collisionKey, field);
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
