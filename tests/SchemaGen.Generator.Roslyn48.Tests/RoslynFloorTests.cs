using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// The generator and analyzers must work on the oldest compiler they support: on Roslyn 4.8 they produce, byte for
/// byte, the baselines checked in for the newer Roslyn of the main tests, and code that compiles.
/// </summary>
public sealed class RoslynFloorTests
{
    [Fact]
    public void Tests_run_on_roslyn_4_8() =>
        Assert.Equal(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version);

    [Theory]
    [InlineData(nameof(Scenarios.SeedMinimal))]
    [InlineData(nameof(Scenarios.SeedRatings))]
    [InlineData(nameof(Scenarios.AllTypes))]
    [InlineData(nameof(Scenarios.Shapes))]
    [InlineData("SeedRatingsWithAwsSdk")]
    public void Output_matches_the_baselines_and_compiles(string scenario)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            Scenarios.All[scenario].Select((source, i) => CSharpSyntaxTree.ParseText(source, Parse, $"Source{i}.cs")),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var driver = CSharpGeneratorDriver.Create([new InteractionsSchemaGenerator().AsSourceGenerator()], parseOptions: Parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var baselines = Path.Combine(RepositoryRoot(), "tests", "SchemaGen.Generator.Tests", "Snapshots", scenario);
        var expected = Directory.GetFiles(baselines, "*.g.cs").Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(expected, result.GeneratedSources.Select(source => source.HintName).Order().ToArray());
        foreach (var source in result.GeneratedSources)
        {
            var text = source.SourceText.ToString().Replace($"\"{VersionOf()}\"", "\"%VERSION%\"", StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(Path.Combine(baselines, source.HintName)), text);
        }
    }

    [Theory]
    [InlineData(nameof(Scenarios.Mistakes))]
    [InlineData(nameof(Scenarios.AllTypes))]
    [InlineData(nameof(Scenarios.Unreadable))]
    public async System.Threading.Tasks.Task Analyzers_report_the_baseline_diagnostics(string scenario)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            Scenarios.All[scenario].Select((source, i) => CSharpSyntaxTree.ParseText(source, Parse, $"Source{i}.cs")),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var analyzers = typeof(InteractionsSchemaGenerator).Assembly.GetTypes()
            .Where(type => typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
            .Select(type => (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAllDiagnosticsAsync();

        var reported = string.Concat(diagnostics
            .Where(d => d.Id.StartsWith("SG", StringComparison.Ordinal) || d.Id == "AD0001")
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id)
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return FormattableString.Invariant($"{d.Id} {d.Severity} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}\n");
            }));
        var baseline = Path.Combine(RepositoryRoot(), "tests", "SchemaGen.Generator.Tests", "Snapshots", scenario, "diagnostics.txt");
        Assert.Equal(File.ReadAllText(baseline), reported);
    }

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp12);

    /// <summary>The running .NET's own assemblies, the runtime, the sending side and AWSSDK.Core: reference packs that need a newer Roslyn are not used here.</summary>
    private static MetadataReference[] References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(SchemaGen.InteractionsSchemaAttribute).Assembly.Location)
            .Append(typeof(SchemaGen.PersonalizeEventsClient).Assembly.Location)
            // AWSSDK.Core, as the AWS SDK scenarios' real package brings it.
            .Append(typeof(Amazon.Runtime.AmazonServiceException).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();

    private static string VersionOf() => typeof(InteractionsSchemaGenerator).Assembly.GetName().Version!.ToString(3);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SchemaGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SchemaGen.sln not found above " + AppContext.BaseDirectory);
    }
}
