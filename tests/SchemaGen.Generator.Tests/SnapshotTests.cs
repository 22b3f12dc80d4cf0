using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// Every generated file of each scenario, and the generator's diagnostics, against checked-in baselines.
/// </summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> ScenarioNames => new(Scenarios.All.Keys);

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public async Task Generated_files_and_diagnostics_match_the_baselines(string scenario)
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(SourceOf(scenario)));
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(run.Input);

        // Diagnostics come from the analyzers only, so each is reported once.
        Assert.Empty(run.Result.Diagnostics);
        var files = run.Result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        if (!diagnostics.IsEmpty)
        {
            files.Add("diagnostics.txt", Describe(diagnostics));
        }

        Snapshot.Verify(scenario, files);
    }

    [Theory]
    [InlineData(nameof(Scenarios.SeedMinimal))]
    [InlineData(nameof(Scenarios.SeedRatings))]
    [InlineData(nameof(Scenarios.AllTypes))]
    [InlineData(nameof(Scenarios.Shapes))]
    [InlineData("SeedRatingsWithAwsSdk")]
    [InlineData("ActionsWithAwsSdk")]
    [InlineData(nameof(Scenarios.Obsolete))]
    [InlineData(nameof(Scenarios.Catalog))]
    [InlineData(nameof(Scenarios.Domains))]
    [InlineData(nameof(Scenarios.Members))]
    [InlineData(nameof(Scenarios.Actions))]
    public void Generated_code_compiles_without_warnings(string scenario)
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(SourceOf(scenario)));

        Assert.NotEmpty(run.Result.GeneratedSources);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Output_is_identical_across_runs()
    {
        var first = GeneratorRunner.Run(TestCompilation.Create(Scenarios.AllTypes, Scenarios.Shapes));
        var second = GeneratorRunner.Run(TestCompilation.Create(Scenarios.AllTypes, Scenarios.Shapes));

        Assert.Equal(
            first.Result.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())),
            second.Result.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())));
    }

    internal static string[] SourceOf(string scenario) => Scenarios.All[scenario];

    private static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id))
        {
            var span = diagnostic.Location.GetLineSpan();
            text.Append(CultureInfo.InvariantCulture, $"{diagnostic.Id} {diagnostic.Severity} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): ")
                .Append(diagnostic.GetMessage(CultureInfo.InvariantCulture))
                .Append('\n');
        }

        return text.ToString();
    }
}
