using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="InteractionsSchemaGenerator"/> the way the compiler does, with step tracking on.</summary>
internal static class GeneratorRunner
{
    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new InteractionsSchemaGenerator().AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and fails the test if it threw.</summary>
    public static GeneratorRun Run(Compilation compilation)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var run = new GeneratorRun(driver, compilation, output);
        Assert.Null(run.Result.Exception);
        return run;
    }
}

/// <summary>One generator run: the driver (to run again), and the compilation before and after.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Input, Compilation Output)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    public GeneratorDriverRunResult RunResult => Driver.GetRunResult();

    /// <summary>Errors and warnings of the compilation with the generated code, the generator's own included.</summary>
    public Diagnostic[] CompilationProblems() =>
        Output.GetDiagnostics()
            .Concat(Result.Diagnostics)
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToArray();

    public string GeneratedSource(string hintName) =>
        Result.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    /// <summary>The value of a generated <c>AvroSchemaJson</c> constant, read from the compilation.</summary>
    public string AvroSchemaJson(string metadataName)
    {
        var type = Output.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);
        var field = type!.GetMembers("AvroSchemaJson").OfType<IFieldSymbol>().Single();
        Assert.True(field.IsConst);
        return Assert.IsType<string>(field.ConstantValue);
    }
}
