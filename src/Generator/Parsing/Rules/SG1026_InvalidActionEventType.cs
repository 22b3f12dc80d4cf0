using System.Collections.Generic;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>
/// SG1026: an Action interactions schema declares only the event types Amazon Personalize knows for action interactions.
/// The guide writes the third <c>Not taken</c> and the service model <c>Not Taken</c>, so letter case is not compared.
/// </summary>
internal static class InvalidActionEventTypeRule
{
    private static readonly string[] KnownEventTypes = { "Viewed", "Taken", "Not taken" };

    public static void Check(string typeName, DatasetType dataset, SchemaArguments arguments, EquatableArray<string> eventTypes, List<DiagnosticInfo> diagnostics)
    {
        if (dataset != DatasetType.ActionInteractions)
        {
            return;
        }

        foreach (var eventType in eventTypes)
        {
            if (!IsKnown(eventType))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidActionEventType, arguments.Location, eventType, typeName));
            }
        }
    }

    private static bool IsKnown(string eventType)
    {
        foreach (var known in KnownEventTypes)
        {
            if (string.Equals(eventType, known, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
