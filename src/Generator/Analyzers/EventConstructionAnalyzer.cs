using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3001–SG3002, where events are built: a schema instance created without USER_ID, ITEM_ID or TIMESTAMP, an
/// AWS SDK <c>Event</c> or <c>PutEventsRequest</c> without the members PutEvents requires, and a
/// <c>properties</c> literal the service would reject or no schema would read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EventConstructionAnalyzer : SchemaGenAnalyzer
{
    private static readonly string[] SdkEventRequired = { "EventType", "SentAt" };
    private static readonly string[] SdkRequestRequired = { "TrackingId", "SessionId", "EventList" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.RequiredMembersNotSet,
        DiagnosticDescriptors.InvalidPropertiesLiteral);

    private protected override void Start(CompilationStartAnalysisContext start, SchemaParseCache parses)
    {
        var types = UsageTypes.Resolve(start.Compilation);
        var schemas = new SchemaFactsCache(parses);
        InstanceTracker.Register(
            start,
            type => UsageTypes.Is(type, types.SdkEvent) || UsageTypes.Is(type, types.SdkPutEventsRequest) || schemas.For(type, start.CancellationToken) is not null,
            (end, tracker) => Report(end, tracker, types, schemas));
    }

    private static void Report(OperationBlockAnalysisContext context, InstanceTracker tracker, UsageTypes types, SchemaFactsCache schemas)
    {
        foreach (var instance in tracker.Complete())
        {
            var type = instance.Creation.Type;
            var members = tracker.Flatten(instance);
            if (UsageTypes.Is(type, types.SdkEvent))
            {
                ReportMissing(context, instance, "Event", MissingOf(members, SdkEventRequired), "PutEvents rejects an event without them");
                CheckPropertiesLiteral(context, members, schemas);
            }
            else if (UsageTypes.Is(type, types.SdkPutEventsRequest))
            {
                ReportMissing(context, instance, "PutEventsRequest", MissingOf(members, SdkRequestRequired), "PutEvents requires them");
            }
            else if (schemas.For(type, context.CancellationToken) is { } schema)
            {
                ReportMissing(context, instance, type!.Name, MissingRequiredFields(instance, members, schema), schema.RequiredReason);
            }
        }
    }

    private static List<string> MissingOf(Dictionary<string, IOperation> members, string[] required)
    {
        var missing = new List<string>();
        foreach (var name in required)
        {
            if (!OperationFacts.IsSet(members, name))
            {
                missing.Add(name);
            }
        }

        return missing;
    }

    /// <summary>Set by the initializer, a later assignment, or a constructor parameter; <c>required</c> members the compiler enforces already.</summary>
    private static List<string> MissingRequiredFields(TrackedInstance instance, Dictionary<string, IOperation> members, SchemaFacts schema)
    {
        var missing = new List<string>();
        var type = instance.Creation.Type!;
        foreach (var (fieldName, propertyName) in schema.RequiredProperties)
        {
            if (members.ContainsKey(propertyName) || IsConstructorParameter(instance.Creation, propertyName) || IsRequiredMember(type, propertyName))
            {
                continue;
            }

            missing.Add(propertyName + " (" + fieldName + ")");
        }

        return missing;
    }

    private static bool IsConstructorParameter(IObjectCreationOperation creation, string propertyName)
    {
        foreach (var parameter in creation.Constructor?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty)
        {
            if (string.Equals(parameter.Name, propertyName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRequiredMember(ITypeSymbol type, string propertyName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(propertyName))
            {
                if (member is IPropertySymbol { IsRequired: true })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void ReportMissing(OperationBlockAnalysisContext context, TrackedInstance instance, string typeName, List<string> missing, string reason)
    {
        if (missing.Count == 0)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.RequiredMembersNotSet,
            OperationFacts.CreationLocation(instance.Creation),
            typeName,
            string.Join(", ", missing),
            reason));
    }

    private static void CheckPropertiesLiteral(OperationBlockAnalysisContext context, Dictionary<string, IOperation> members, SchemaFactsCache schemas)
    {
        if (!members.TryGetValue("Properties", out var value) || OperationFacts.ConstantString(value) is not { } text)
        {
            return;
        }

        var location = value.Syntax.GetLocation();
        var keys = FlatJsonObject.ReadKeys(text, out var problem);
        if (keys is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidPropertiesLiteral, location, problem));
            return;
        }

        var known = SchemaFacts.Union(schemas.AllInteractions(context.CancellationToken)).PropertiesKeys;
        foreach (var key in keys)
        {
            if (ReservedFields.IsForbiddenPropertiesKey(key))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidPropertiesLiteral, location, "holds the key '" + key + "', which PutEvents forbids in properties"));
            }
            else if (known.Length > 0 && !known.Contains(key))
            {
                var nearest = NearestName.Find(key, known);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidPropertiesLiteral,
                    location,
                    "holds the key '" + key + "', which is not a properties key of any schema here (" + string.Join(", ", known) + ")"
                        + (nearest is null ? string.Empty : "; did you mean '" + nearest + "'?")));
            }
        }
    }
}
