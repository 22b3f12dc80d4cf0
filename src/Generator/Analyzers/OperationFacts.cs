using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SchemaGen.Generator.Analyzers;

/// <summary>Small questions the usage analyzers ask of operations.</summary>
internal static class OperationFacts
{
    /// <summary>The string a value is known to be at compile time, or null.</summary>
    public static string? ConstantString(IOperation? value) =>
        value is not null && InstanceTracker.Unwrap(value).ConstantValue is { HasValue: true, Value: string text } ? text : null;

    /// <summary>Where to report on an object creation: its type name (<c>new CreateSolutionRequest</c>), or the whole expression.</summary>
    public static Location CreationLocation(IObjectCreationOperation creation) =>
        creation.Syntax is ObjectCreationExpressionSyntax { Type: { } type } ? type.GetLocation() : creation.Syntax.GetLocation();

    /// <summary>Whether a value was assigned that is not a null constant.</summary>
    public static bool IsSet(System.Collections.Generic.Dictionary<string, IOperation> members, string path) =>
        members.TryGetValue(path, out var value) && !(InstanceTracker.Unwrap(value).ConstantValue is { HasValue: true, Value: null });
}
