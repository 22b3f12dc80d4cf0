using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// Verifies the generator's diagnostics with the Roslyn testing library's markup (<c>{|SG1001:Name|}</c>), offline:
/// no reference-assembly package is downloaded, the .NET 10 reference set and the runtime are added directly.
/// </summary>
internal static class GeneratorDiagnosticTest
{
    /// <summary>Runs the generator on <paramref name="source"/>; the markup must name every diagnostic exactly.</summary>
    /// <param name="expectsGeneratedSources">False when the markup's errors mean nothing is generated.</param>
    public static Task VerifyAsync(string source, bool expectsGeneratedSources = false)
    {
        var test = new CSharpSourceGeneratorTest<InteractionsSchemaGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestState = { Sources = { source } },
        };

        if (expectsGeneratedSources)
        {
            test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(SchemaGen.InteractionsSchemaAttribute).Assembly.Location));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
            return solution.WithProjectCompilationOptions(projectId, options)
                .WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.Latest));
        });

        return test.RunAsync();
    }
}
