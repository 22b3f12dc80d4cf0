using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// Verifies analyzers (and code fixes) with the Roslyn testing library's markup (<c>{|SG1001:Name|}</c>), offline:
/// no reference-assembly package is downloaded; the .NET 10 reference set and the SchemaGen runtime are added
/// directly (the runtime's net10.0 build needs .NET 10 references).
/// </summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>
    /// Rules that fire on most small test sources (a schema without all required fields, a plain string field);
    /// off unless a test names them, so each test shows only the rule it is about.
    /// </summary>
    private static readonly string[] QuietByDefault = ["SG1011", "SG1015", "SG1016"];

    /// <param name="enabled">Rules of <see cref="QuietByDefault"/> this test is about.</param>
    /// <param name="disabled">Further rules the source breaks on purpose but the test is not about.</param>
    /// <param name="additionalSources">Other files of the compilation, such as the public shape of an AWS SDK.</param>
    public static Task VerifyAsync(string source, string[]? enabled = null, string[]? disabled = null, string[]? additionalSources = null)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        test.TestState.Sources.AddRange((additionalSources ?? []).Select((text, i) => ($"/0/Extra{i}.cs", Microsoft.CodeAnalysis.Text.SourceText.From(text))));
        Configure(test.TestState, test.SolutionTransforms, test.DisabledDiagnostics, enabled ?? []);
        test.DisabledDiagnostics.AddRange(disabled ?? []);
        return test.RunAsync();
    }

    public static Task VerifyFixAsync<TCodeFix>(string source, string fixedSource, string[]? enabled = null, string[]? additionalSources = null)
        where TCodeFix : CodeFixProvider, new()
    {
        enabled ??= [];
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> { TestCode = source, FixedCode = fixedSource };
        foreach (var (text, i) in (additionalSources ?? []).Select((text, i) => (text, i)))
        {
            test.TestState.Sources.Add(($"/0/Extra{i}.cs", Microsoft.CodeAnalysis.Text.SourceText.From(text)));
            test.FixedState.Sources.Add(($"/0/Extra{i}.cs", Microsoft.CodeAnalysis.Text.SourceText.From(text)));
        }

        Configure(test.TestState, test.SolutionTransforms, test.DisabledDiagnostics, enabled);
        Configure(test.FixedState, test.SolutionTransforms, test.DisabledDiagnostics, enabled, addTransforms: false);
        return test.RunAsync();
    }

    private static void Configure(
        SolutionState state,
        List<System.Func<Solution, ProjectId, Solution>> transforms,
        List<string> disabled,
        string[] enabled,
        bool addTransforms = true)
    {
        state.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(SchemaGen.InteractionsSchemaAttribute).Assembly.Location));
        if (!addTransforms)
        {
            return;
        }

        foreach (var id in QuietByDefault)
        {
            if (System.Array.IndexOf(enabled, id) < 0)
            {
                disabled.Add(id);
            }
        }

        transforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
            return solution.WithProjectCompilationOptions(projectId, options)
                .WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.Latest));
        });
    }
}
