using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG2001–SG2004: the training members of CreateSolution, in SchemaGen's <c>SolutionTrainingConfig</c> and in the
/// AWS SDK's <c>CreateSolutionRequest</c>: a threshold without an event type, a threshold that is not a number or
/// has no EVENT_VALUE to compare with, and an event type no schema declares.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrainingConfigAnalyzer : SchemaGenAnalyzer
{
    private const string SdkThreshold = "SolutionConfig.EventValueThreshold";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ThresholdWithoutEventType,
        DiagnosticDescriptors.ThresholdNotANumber,
        DiagnosticDescriptors.ThresholdWithoutEventValue,
        DiagnosticDescriptors.UnknownEventType);

    private protected override void Start(CompilationStartAnalysisContext start, SchemaParseCache parses)
    {
        var types = UsageTypes.Resolve(start.Compilation);
        if (types.TrainingConfig is null && types.SdkCreateSolutionRequest is null)
        {
            return;
        }

        var schemas = new SchemaFactsCache(parses);
        InstanceTracker.Register(
            start,
            type => UsageTypes.Is(type, types.TrainingConfig) || UsageTypes.Is(type, types.SdkCreateSolutionRequest) || UsageTypes.Is(type, types.SdkSolutionConfig),
            (end, tracker) => Report(end, tracker, types, schemas));
    }

    private static void Report(OperationBlockAnalysisContext context, InstanceTracker tracker, UsageTypes types, SchemaFactsCache schemas)
    {
        foreach (var instance in tracker.Complete())
        {
            var type = instance.Creation.Type;
            if (UsageTypes.Is(type, types.TrainingConfig))
            {
                var schema = schemas.For(SchemaTypeOf(instance.Creation), context.CancellationToken);
                var members = tracker.Flatten(instance);
                var declared = schema?.EventTypes ?? ImmutableArray<string>.Empty;
                Check(context, instance, members, "EventValueThreshold", "This SolutionTrainingConfig", schema, declared, "schema '" + schema?.SchemaName + "'");
            }
            else if (UsageTypes.Is(type, types.SdkCreateSolutionRequest))
            {
                var members = tracker.Flatten(instance);
                var declared = SchemaFacts.Union(schemas.AllInteractions(context.CancellationToken)).EventTypes;
                Check(context, instance, members, SdkThreshold, "This CreateSolutionRequest", schema: null, declared, "any schema of this compilation");
            }
        }
    }

    private static void Check(
        OperationBlockAnalysisContext context,
        TrackedInstance instance,
        Dictionary<string, IOperation> members,
        string thresholdPath,
        string subject,
        SchemaFacts? schema,
        ImmutableArray<string> declaredEventTypes,
        string declaredBy)
    {
        var hasThreshold = OperationFacts.IsSet(members, thresholdPath);
        var threshold = hasThreshold ? OperationFacts.ConstantString(members[thresholdPath]) : null;
        var hasEventType = OperationFacts.IsSet(members, "EventType");

        if (hasThreshold && !hasEventType)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Replacement, declaredEventTypes.Length == 1 ? declaredEventTypes[0] : string.Empty);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ThresholdWithoutEventType,
                OperationFacts.CreationLocation(instance.Creation),
                properties,
                subject,
                threshold ?? "(computed)"));
        }

        if (threshold is not null && !double.TryParse(threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ThresholdNotANumber, members[thresholdPath].Syntax.GetLocation(), threshold));
        }

        if (hasThreshold && schema is { HasEventValue: false })
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ThresholdWithoutEventValue, members[thresholdPath].Syntax.GetLocation(), threshold ?? "(computed)", schema.SchemaName));
        }

        if (hasEventType && OperationFacts.ConstantString(members["EventType"]) is { } eventType
            && declaredEventTypes.Length > 0 && !declaredEventTypes.Contains(eventType))
        {
            var nearest = NearestName.Find(eventType, declaredEventTypes);
            var properties = nearest is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, nearest);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnknownEventType,
                members["EventType"].Syntax.GetLocation(),
                properties,
                eventType,
                declaredBy,
                string.Join(", ", declaredEventTypes),
                nearest is null ? string.Empty : "; did you mean '" + nearest + "'?"));
        }
    }

    /// <summary>The schema type of <c>new SolutionTrainingConfig(SomeSchema.SchemaInfo)</c>.</summary>
    private static ITypeSymbol? SchemaTypeOf(IObjectCreationOperation creation) =>
        creation.Arguments.Length == 1
        && InstanceTracker.Unwrap(creation.Arguments[0].Value) is IPropertyReferenceOperation { Property: { Name: GeneratedNames.SchemaInfoProperty, IsStatic: true } property }
            ? property.ContainingType
            : null;
}
