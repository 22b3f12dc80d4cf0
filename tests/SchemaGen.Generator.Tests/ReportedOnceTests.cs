using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// Each schema diagnostic is reported exactly once: by <c>SchemaDefinitionAnalyzer</c>, never by the generator,
/// although both run the same parser in the same build.
/// </summary>
public sealed class ReportedOnceTests
{
    [Fact]
    public async Task The_generator_reports_nothing_even_for_broken_schemas()
    {
        var test = new CSharpSourceGeneratorTest<InteractionsSchemaGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        test.TestState.Sources.Add(Scenarios.Mistakes);
        test.TestState.AdditionalReferences.AddRange(TestCompilation.References);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.Latest)));

        // No expected diagnostics: the run fails if the generator reports any.
        await test.RunAsync();
    }

    [Fact]
    public async Task A_build_with_generator_and_analyzers_reports_each_diagnostic_once()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Scenarios.Mistakes, Scenarios.AllTypes, Scenarios.Unreadable));
        var diagnostics = run.Result.Diagnostics.AddRange(await AnalyzerRunner.GetDiagnosticsAsync(run.Output));

        var keys = diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, d.Location.SourceSpan, d.GetMessage())).ToList();
        Assert.NotEmpty(keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.DoesNotContain(diagnostics, d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true);
    }
}
