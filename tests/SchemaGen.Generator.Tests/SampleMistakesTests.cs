using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// The sample's CommonMistakes.cs shows, commented out, one line per headline rule under a comment naming the rule.
/// Uncommenting each line must raise exactly that rule, so the sample never drifts from the analyzers.
/// </summary>
public sealed class SampleMistakesTests
{
    private static readonly string SampleDirectory = Path.Combine(RepositoryPaths.RepositoryRoot, "samples", "MovieClicks");

    public static TheoryData<string> Rules()
    {
        var data = new TheoryData<string>();
        foreach (var (rule, _) in Examples())
        {
            data.Add(rule);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Uncommenting_an_example_raises_its_rule(string rule)
    {
        var (_, lineIndex) = Examples().Single(example => example.Rule == rule);
        var lines = File.ReadAllLines(Path.Combine(SampleDirectory, "CommonMistakes.cs"));
        lines[lineIndex] = Regex.Replace(lines[lineIndex], @"^(\s*)// ", "$1");

        var diagnostics = await DiagnosticsOf(string.Join("\n", lines));

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == rule);
    }

    [Fact]
    public async Task The_sample_as_shipped_raises_no_rule()
    {
        var diagnostics = await DiagnosticsOf(File.ReadAllText(Path.Combine(SampleDirectory, "CommonMistakes.cs")));

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
        Assert.True(Examples().Count() >= 5, "The sample shows fewer examples than expected.");
    }

    /// <summary>Each "// SGnnnn …" comment and the index of the commented-out code line under it.</summary>
    private static IEnumerable<(string Rule, int LineIndex)> Examples()
    {
        var lines = File.ReadAllLines(Path.Combine(SampleDirectory, "CommonMistakes.cs"));
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var match = Regex.Match(lines[i], @"^\s*// (SG\d{4}) \(");
            if (match.Success)
            {
                yield return (match.Groups[1].Value, i + 1);
            }
        }
    }

    private static async Task<IEnumerable<Diagnostic>> DiagnosticsOf(string commonMistakes)
    {
        var sources = Directory.GetFiles(SampleDirectory, "*.cs")
            .Where(path => !path.EndsWith("CommonMistakes.cs", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(path)))
            .Append((Path.Combine(SampleDirectory, "CommonMistakes.cs"), commonMistakes));
        var compilation = TestCompilation.Create(sources)
            .AddReferences(MetadataReference.CreateFromFile(typeof(SchemaGen.LocalEndpoint.LocalPersonalizeEndpoint).Assembly.Location))
            .WithOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var run = GeneratorRunner.Run(compilation);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await AnalyzerRunner.GetDiagnosticsAsync(run.Output);
    }
}
