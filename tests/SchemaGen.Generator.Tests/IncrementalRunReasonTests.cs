using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// For each kind of edit, the run reason of every output of every named step, and of the source outputs: the
/// whole table, so a change in caching shows as a changed row.
/// </summary>
public sealed class IncrementalRunReasonTests
{
    /// <summary>
    /// Two schemas, MovieClick then MovieRating: each step lists its outputs' reasons in that order. The parse step
    /// reruns whenever the compilation changes (Roslyn re-runs attribute-driven transforms then) and is Unchanged
    /// when its result is equal; everything after it stays Cached unless the schema itself changed. Source outputs
    /// are the schemas' files, then the SDK conversions, then the registry.
    /// </summary>
    private static Compilation Before() => TestCompilation.Create(Scenarios.SeedMinimal, Scenarios.SeedRatings);

    private static readonly Dictionary<string, Func<Compilation, Compilation>> Edits = new()
    {
        ["second run"] = compilation => compilation.Clone(),
        ["unrelated edit"] = compilation => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Other; public class Unrelated { public int Value { get; set; } }", TestCompilation.ParseOptions, "Unrelated.cs")),
        ["edit above a schema"] = compilation => Replace(compilation, 1, text => "// moves every location down\n" + text),
        ["one schema's field edited"] = compilation => Replace(compilation, 1, text => text.Replace("public int NumRatings", "public long NumRatings", StringComparison.Ordinal)),
        ["schema added"] = compilation => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "using SchemaGen; namespace Other; [InteractionsSchema] public partial class Visit { public string UserId { get; set; } = \"\"; public string ItemId { get; set; } = \"\"; public long Timestamp { get; set; } }",
            TestCompilation.ParseOptions,
            "Visit.cs")),
    };

    public static TheoryData<string, string, string> ExpectedReasons => new()
    {
        { "second run", TrackingNames.ParseResults, "Unchanged Unchanged" },
        { "second run", TrackingNames.Schemas, "Cached Cached" },
        { "second run", TrackingNames.RegistryEntries, "Cached" },
        { "second run", TrackingNames.SdkAvailability, "Unchanged" },
        { "second run", "SourceOutput", "Cached Cached Cached Cached" },

        { "unrelated edit", TrackingNames.ParseResults, "Unchanged Unchanged" },
        { "unrelated edit", TrackingNames.Schemas, "Cached Cached" },
        { "unrelated edit", TrackingNames.RegistryEntries, "Cached" },
        { "unrelated edit", TrackingNames.SdkAvailability, "Unchanged" },
        { "unrelated edit", "SourceOutput", "Cached Cached Cached Cached" },

        { "edit above a schema", TrackingNames.ParseResults, "Unchanged Unchanged" },
        { "edit above a schema", TrackingNames.Schemas, "Cached Cached" },
        { "edit above a schema", TrackingNames.RegistryEntries, "Cached" },
        { "edit above a schema", TrackingNames.SdkAvailability, "Unchanged" },
        { "edit above a schema", "SourceOutput", "Cached Cached Cached Cached" },

        { "one schema's field edited", TrackingNames.ParseResults, "Unchanged Modified" },
        { "one schema's field edited", TrackingNames.Schemas, "Cached Modified" },
        { "one schema's field edited", TrackingNames.RegistryEntries, "Cached" },
        { "one schema's field edited", TrackingNames.SdkAvailability, "Unchanged" },
        { "one schema's field edited", "SourceOutput", "Cached Modified Cached Cached" },

        { "schema added", TrackingNames.ParseResults, "Unchanged Unchanged New" },
        { "schema added", TrackingNames.Schemas, "Cached Cached New" },
        { "schema added", TrackingNames.RegistryEntries, "Modified" },
        { "schema added", TrackingNames.SdkAvailability, "Unchanged" },
        { "schema added", "SourceOutput", "Cached Cached New Cached Modified" },
    };

    [Theory]
    [MemberData(nameof(ExpectedReasons))]
    public void Each_step_reruns_only_for_the_edits_that_concern_it(string edit, string step, string reasons)
    {
        var compilation = Before();
        var first = GeneratorRunner.Run(compilation);

        var second = first.Driver.RunGenerators(Edits[edit](compilation)).GetRunResult().Results.Single();

        Assert.Equal(reasons, Reasons(second, step));
    }

    [Fact]
    public void The_table_covers_every_named_step_for_every_edit() =>
        Assert.Equal(
            Edits.Keys.SelectMany(edit => IncrementalTests.TrackedSteps.Append("SourceOutput").Select(step => (edit, step))).OrderBy(x => x).ToArray(),
            ExpectedReasons.Select(row => ((string)row[0], (string)row[1])).OrderBy(x => x).ToArray());

    private static Compilation Replace(Compilation compilation, int treeIndex, Func<string, string> edit)
    {
        var tree = compilation.SyntaxTrees.ElementAt(treeIndex);
        var edited = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(edit(tree.GetText().ToString())));
        return compilation.ReplaceSyntaxTree(tree, edited);
    }

    private static string Reasons(GeneratorRunResult result, string step)
    {
        var steps = step == "SourceOutput" ? result.TrackedOutputSteps[step] : result.TrackedSteps[step];
        return string.Join(" ", steps.SelectMany(run => run.Outputs).Select(output => output.Reason.ToString()));
    }
}
