using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1014: optional fields plus distinct event types are limited for an Interactions dataset.</summary>
internal static class TooManyOptionalFieldsAndEventTypesRule
{
    public static void Check(string typeName, LocationInfo? location, IReadOnlyList<FieldModel> fields, int eventTypeCount, List<DiagnosticInfo> diagnostics)
    {
        var optional = 0;
        foreach (var field in fields)
        {
            if (!DatasetType.Interactions.IsRequired(field.FieldName))
            {
                optional++;
            }
        }

        if (optional + eventTypeCount > SchemaLimits.MaxOptionalFieldsPlusEventTypes)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyOptionalFieldsAndEventTypes,
                location,
                typeName,
                Format(optional),
                Format(eventTypeCount),
                Format(optional + eventTypeCount),
                Format(SchemaLimits.MaxOptionalFieldsPlusEventTypes)));
        }
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
