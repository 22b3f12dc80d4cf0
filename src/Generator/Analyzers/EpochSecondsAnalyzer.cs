using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG3004: milliseconds (or ticks) where epoch seconds belong — assigned to a schema type's TIMESTAMP,
/// CREATION_TIMESTAMP or expiration timestamp property (which the generated builders, requests and CSV take as
/// they are) or passed to the constructor parameter that sets it, or given to <c>DateTimeOffset.FromUnixTimeSeconds</c>
/// and <c>DateTime.AddSeconds</c>, the way raw SDK <c>SentAt</c> and <c>Timestamp</c> values are made. The runtime
/// refuses such a value when it is sent; the editor says so where it is written, with a fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EpochSecondsAnalyzer : SchemaGenAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MillisecondsForSeconds);

    private protected override void Start(CompilationStartAnalysisContext start, SchemaParseCache parses)
    {
        start.RegisterOperationAction(context => AnalyzeAssignment(context, parses), OperationKind.SimpleAssignment);
        start.RegisterOperationAction(context => AnalyzeCreation(context, parses), OperationKind.ObjectCreation);
        start.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, SchemaParseCache parses)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: { ContainingType: { } type } property }
            && EpochSecondsField(parses, type, property.Name, StringComparison.Ordinal, context.CancellationToken) is { } target)
        {
            Check(context, assignment.Value, target);
        }
    }

    // A positional record's parameters are its properties; a class's constructor parameter is taken to set the
    // property it is named after, as C# names them (timestamp → Timestamp).
    private static void AnalyzeCreation(OperationAnalysisContext context, SchemaParseCache parses)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Arguments.Length == 0 || creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { } parameter
                && EpochSecondsField(parses, type, parameter.Name, StringComparison.OrdinalIgnoreCase, context.CancellationToken) is { } target)
            {
                Check(context, argument.Value, target);
            }
        }
    }

    /// <summary>How a message names the epoch-seconds field behind <paramref name="propertyName"/> of a schema type; null when it is none.</summary>
    private static string? EpochSecondsField(SchemaParseCache parses, INamedTypeSymbol type, string propertyName, StringComparison comparison, CancellationToken cancellationToken)
    {
        if (parses.Parse(type, cancellationToken)?.Model is not { } model)
        {
            return null;
        }

        foreach (var field in model.Fields)
        {
            if (string.Equals(field.PropertyName, propertyName, comparison) && model.Dataset.IsReserved(field.FieldName) && ReservedFields.IsEpochSeconds(field.FieldName))
            {
                return field.FieldName + " (" + type.Name + "." + field.PropertyName + ")";
            }
        }

        return null;
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;

        // Every invocation of the compilation comes here: the name is compared before the type is spelled out.
        if (method.Name is not ("FromUnixTimeSeconds" or "AddSeconds") || invocation.Arguments.Length != 1 || method.ContainingType is not { } type)
        {
            return;
        }

        var owner = type.ToDisplayString();
        if (method.Name == "FromUnixTimeSeconds" && owner == "System.DateTimeOffset"
            || method.Name == "AddSeconds" && owner is "System.DateTime" or "System.DateTimeOffset")
        {
            Check(context, invocation.Arguments[0].Value, owner.Substring("System.".Length) + "." + method.Name);
        }
    }

    private static void Check(OperationAnalysisContext context, IOperation value, string target)
    {
        if (MillisecondForms.Find(value, context.CancellationToken) is not { } found)
        {
            return;
        }

        var properties = found.Fix is { } fix
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.SecondsFix, fix.ToString())
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MillisecondsForSeconds, found.Node.Syntax.GetLocation(), properties, target, found.What));
    }
}
