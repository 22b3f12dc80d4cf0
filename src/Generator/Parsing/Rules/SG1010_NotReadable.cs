using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1010: a type generated code cannot create from its fields gets no reader (<c>FromEvent</c>, <c>FromItem</c>, …; a warning).</summary>
internal static class NotReadableRule
{
    /// <returns>How readers create an instance, or null when they cannot.</returns>
    public static ConstructionModel? Plan(
        string typeName,
        string readerName,
        LocationInfo? typeLocation,
        ConstructionInput input,
        IReadOnlyList<(FieldModel Field, PropertyInput Property)> fields,
        ISet<string> suppressedIds,
        List<DiagnosticInfo> diagnostics)
    {
        var construction = ConstructionPlanner.Plan(input, fields, suppressedIds, out var problem);
        if (construction is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotReadable, typeLocation, typeName, problem ?? "it has no usable constructor", readerName));
        }

        return construction;
    }
}
