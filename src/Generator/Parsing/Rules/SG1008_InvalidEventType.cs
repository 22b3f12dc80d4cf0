using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1008: each declared event type has the length of the <c>eventType</c> it will be sent as.</summary>
internal static class InvalidEventTypeRule
{
    /// <returns>The declared event types that are valid; each invalid one is reported.</returns>
    public static EquatableArray<string> Read(SchemaArguments arguments, List<DiagnosticInfo> diagnostics)
    {
        if (arguments.EventTypes is not { } declared)
        {
            return EquatableArray<string>.Empty;
        }

        var eventTypes = new List<string>(declared.Count);
        foreach (var element in declared)
        {
            var eventType = element ?? string.Empty;
            if (eventType.Length < SchemaLimits.MinEventTypeLength || eventType.Length > SchemaLimits.MaxEventTypeLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidEventType,
                    arguments.Location,
                    eventType,
                    Format(eventType.Length),
                    Format(SchemaLimits.MinEventTypeLength),
                    Format(SchemaLimits.MaxEventTypeLength)));
                continue;
            }

            eventTypes.Add(eventType);
        }

        return EquatableArray.From(eventTypes);
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
