using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// The pipeline must not redo work the IDE has already done: a second run, an unrelated edit and an edit above a
/// schema leave every named step cached, and editing one schema regenerates only that schema.
/// </summary>
public sealed class IncrementalTests
{
    internal static readonly string[] TrackedSteps =
    [
        TrackingNames.ParseResults,
        TrackingNames.Schemas,
        TrackingNames.RegistryEntries,
        TrackingNames.SdkAvailability,
    ];

    /// <summary>
    /// With step tracking on, the driver records, for every output, the whole tree of steps it was computed from. A
    /// schema's file computed from a step that collects every schema makes that tree as wide as the compilation has
    /// schemas, and the recording quadratic in them: only the registry may depend on more than one schema.
    /// </summary>
    [Fact]
    public void Each_schema_file_is_computed_from_that_schema_alone()
    {
        var sources = Enumerable.Range(0, 12).Select(i =>
            "using SchemaGen;\nnamespace Shop;\n[InteractionsSchema] public partial class Click" + i + " { public string UserId { get; set; } = \"\"; public string ItemId { get; set; } = \"\"; public long Timestamp { get; set; } }").ToArray();
        var result = GeneratorRunner.Run(TestCompilation.Create(sources)).Driver.GetRunResult().Results.Single();

        var outputs = result.TrackedOutputSteps.Values.SelectMany(steps => steps).ToList();
        var schemasReached = outputs.Select(output => ReachableSteps(output).Count(step => step.Name == TrackingNames.ParseResults)).ToList();

        Assert.Equal(12, schemasReached.Count(count => count == 1));
        Assert.True(schemasReached.Count(count => count > 1) <= 1, "Outputs reaching more than one schema's parse: " + string.Join(", ", schemasReached));
    }

    private static HashSet<IncrementalGeneratorRunStep> ReachableSteps(IncrementalGeneratorRunStep output)
    {
        var reached = new HashSet<IncrementalGeneratorRunStep>();
        var pending = new Stack<IncrementalGeneratorRunStep>();
        pending.Push(output);
        while (pending.Count > 0)
        {
            foreach (var (input, _) in pending.Pop().Inputs)
            {
                if (reached.Add(input))
                {
                    pending.Push(input);
                }
            }
        }

        return reached;
    }

    [Fact]
    public void Second_run_on_an_equal_compilation_is_fully_cached()
    {
        var compilation = TestCompilation.Create(Scenarios.SeedRatings, Scenarios.AllTypes);
        var first = GeneratorRunner.Run(compilation);

        var second = first.Driver.RunGenerators(compilation.Clone());

        AssertAllStepsCachedOrUnchanged(second.GetRunResult().Results.Single());
        AssertSameSources(first.Driver, second);
    }

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached()
    {
        var compilation = TestCompilation.Create(Scenarios.SeedRatings, Scenarios.AllTypes);
        var first = GeneratorRunner.Run(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Other; public class Unrelated { public int Value { get; set; } }",
            TestCompilation.ParseOptions,
            "Unrelated.cs"));
        var second = first.Driver.RunGenerators(edited);

        AssertAllStepsCachedOrUnchanged(second.GetRunResult().Results.Single());
    }

    /// <summary>
    /// An enum's members are read once per compilation, however many schemas use it: a member added in the enum's own
    /// file (no schema's file touched) must reach the generated formatter on the next run.
    /// </summary>
    [Fact]
    public void A_member_added_to_an_enum_in_another_file_reaches_the_schema_that_uses_it()
    {
        const string Genre = "namespace Shop; public enum Genre { Drama, Comedy }";
        const string Schema = "using SchemaGen;\nnamespace Shop;\n[InteractionsSchema] public partial class Click { public string UserId { get; set; } = \"\"; public string ItemId { get; set; } = \"\"; public long Timestamp { get; set; } public Genre Genre { get; set; } }";
        var compilation = TestCompilation.Create(Genre, Schema);
        var first = GeneratorRunner.Run(compilation);
        var enumTree = compilation.SyntaxTrees.First(tree => tree.ToString().Contains("enum Genre", StringComparison.Ordinal));

        var edited = compilation.ReplaceSyntaxTree(enumTree, enumTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Genre.Replace("Comedy }", "Comedy, Horror }", StringComparison.Ordinal))));
        var generated = first.Driver.RunGenerators(edited).GetRunResult().GeneratedTrees.Single(tree => tree.FilePath.EndsWith("Click.InteractionsSchema.g.cs", StringComparison.Ordinal)).ToString();

        Assert.DoesNotContain("Horror", first.RunResult.GeneratedTrees.Single(tree => tree.FilePath.EndsWith("Click.InteractionsSchema.g.cs", StringComparison.Ordinal)).ToString(), StringComparison.Ordinal);
        Assert.Contains("Horror", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_above_a_schema_does_not_regenerate_it()
    {
        var compilation = TestCompilation.Create(Scenarios.SeedRatings);
        var first = GeneratorRunner.Run(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var shifted = tree.WithChangedText(tree.GetText().Replace(0, 0, "// a comment that moves every location down\n"));
        var second = first.Driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, shifted)).GetRunResult().Results.Single();

        Assert.All(second.TrackedSteps[TrackingNames.Schemas].SelectMany(step => step.Outputs), output =>
            Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void Editing_one_schema_regenerates_only_that_schema()
    {
        var compilation = TestCompilation.Create(Scenarios.SeedMinimal, Scenarios.SeedRatings);
        var first = GeneratorRunner.Run(compilation);

        var ratingsTree = compilation.SyntaxTrees.ElementAt(1);
        var editedText = ratingsTree.GetText().ToString().Replace("public int NumRatings", "public long NumRatings", StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(ratingsTree, ratingsTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(editedText)));
        var secondDriver = first.Driver.RunGenerators(edited);
        var second = secondDriver.GetRunResult().Results.Single();

        var schemaOutputs = second.TrackedSteps[TrackingNames.Schemas]
            .SelectMany(step => step.Outputs)
            .Select(output => ((Model.SchemaModel)output.Value, output.Reason))
            .ToDictionary(pair => pair.Item1.TypeName, pair => pair.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, schemaOutputs["MovieRating"]);
        Assert.Contains(schemaOutputs["MovieClick"], new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });

        // The registry lists type names only, so a field change does not rewrite it.
        Assert.All(second.TrackedSteps[TrackingNames.RegistryEntries].SelectMany(step => step.Outputs), output =>
            Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));

        var before = first.Result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        var after = second.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        Assert.Equal(before["MovieClicks.MovieClick.InteractionsSchema.g.cs"], after["MovieClicks.MovieClick.InteractionsSchema.g.cs"]);
        Assert.NotEqual(before["MovieClicks.MovieRating.InteractionsSchema.g.cs"], after["MovieClicks.MovieRating.InteractionsSchema.g.cs"]);
        Assert.Contains("\"\"type\"\": \"\"long\"\"", after["MovieClicks.MovieRating.InteractionsSchema.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_or_compilation()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.AllTypes, Scenarios.Shapes, Scenarios.Mistakes));

        foreach (var name in TrackedSteps)
        {
            Assert.True(run.Result.TrackedSteps.ContainsKey(name), $"Step '{name}' did not run.");
            foreach (var output in run.Result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                AssertHoldsNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertAllStepsCachedOrUnchanged(GeneratorRunResult result)
    {
        foreach (var name in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"Step '{name}' did not run.");
            foreach (var output in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step '{name}' output was {output.Reason}.");
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static void AssertSameSources(GeneratorDriver first, GeneratorDriver second) =>
        Assert.Equal(
            first.GetRunResult().GeneratedTrees.Select(tree => tree.ToString()),
            second.GetRunResult().GeneratedTrees.Select(tree => tree.ToString()));

    private static void AssertHoldsNoRoslynObjects(object? value, string step, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or Compilation or SemanticModel or SyntaxTree or Location,
            $"Step '{step}' holds a {value.GetType().Name}, which pins the compilation in memory and defeats caching.");

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertHoldsNoRoslynObjects(item, step, visited);
            }
        }

        // DiagnosticDescriptor and the Roslyn text structs are immutable data; their internals need no walk.
        if (value is DiagnosticDescriptor || value.GetType().Namespace?.StartsWith("Microsoft.CodeAnalysis.Text", StringComparison.Ordinal) == true)
        {
            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoRoslynObjects(field.GetValue(value), step, visited);
        }
    }
}
