using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1008: each declared event type has the length of the <c>eventType</c> it will be sent as.</summary>
internal static class InvalidEventTypeRule
{
    /// <returns>The declared event types that are valid; each invalid one is reported.</returns>
    public static EquatableArray<string> Read(AttributeData? attribute, List<DiagnosticInfo> diagnostics)
    {
        var argument = SchemaAttribute.NamedArgument(attribute, KnownNames.EventTypesArgument);
        if (argument is not { Kind: TypedConstantKind.Array } || argument.Value.IsNull)
        {
            return EquatableArray<string>.Empty;
        }

        var eventTypes = new List<string>();
        foreach (var element in argument.Value.Values)
        {
            var eventType = element.Value as string ?? string.Empty;
            if (eventType.Length < SchemaLimits.MinEventTypeLength || eventType.Length > SchemaLimits.MaxEventTypeLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidEventType,
                    SchemaAttribute.Location(attribute),
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
