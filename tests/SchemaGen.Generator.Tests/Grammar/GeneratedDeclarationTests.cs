using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests.Grammar;

/// <summary>
/// Over schema declarations from <see cref="DeclarationGrammar"/>: the generator never throws, what it emits always
/// parses and is the same on every run, and whenever the input compiles and no SG error is reported, the input with
/// the generated code compiles with no error and no new warning. 2,000 cases by default; set
/// <c>SCHEMAGEN_GRAMMAR_CASES</c> for more (and <c>CsCheck_Seed</c> to replay a failure).
/// </summary>
public sealed class GeneratedDeclarationTests
{
    private static int CaseCount =>
        int.TryParse(Environment.GetEnvironmentVariable("SCHEMAGEN_GRAMMAR_CASES"), out var count) && count > 0 ? count : 2000;

    /// <summary>How far a case got: only accepted declarations have their generated code compiled.</summary>
    internal enum Outcome
    {
        InputDoesNotCompile,
        Refused,
        Accepted,
    }

    [Fact]
    public void Generated_code_for_every_accepted_declaration_compiles_without_warnings()
    {
        var outcomes = new int[3];
        DeclarationGrammar.Cases.Sample(
            declaration => Interlocked.Increment(ref outcomes[(int)Check(declaration)]),
            iter: CaseCount,
            print: declaration => declaration.ToString());

        // The grammar must keep producing declarations that reach the compile check, or the test proves little.
        var total = outcomes.Sum();
        Assert.True(outcomes[(int)Outcome.Accepted] >= total / 10, $"Only {outcomes[(int)Outcome.Accepted]} of {total} cases were accepted and compiled.");
        Assert.True(outcomes[(int)Outcome.Refused] >= total / 10, $"Only {outcomes[(int)Outcome.Refused]} of {total} cases were refused with an SG error.");
    }

    /// <summary>The compilation of a case's source (and its other file), at its language version.</summary>
    internal static Compilation Input(DeclarationCase declaration, out CSharpParseOptions parseOptions)
    {
        parseOptions = TestCompilation.ParseOptions.WithLanguageVersion(declaration.LanguageVersion);
        Compilation input = TestCompilation.Create().AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(declaration.Source, parseOptions, TestCompilation.FileName(0)));
        if (declaration.OtherSource is { } other)
        {
            input = input.AddSyntaxTrees(CSharpSyntaxTree.ParseText(other, parseOptions, TestCompilation.FileName(1)));
        }

        return input;
    }

    internal static Outcome Check(DeclarationCase declaration)
    {
        var input = Input(declaration, out var parseOptions);

        var (output, sources) = RunGenerator(input, parseOptions);
        var (_, again) = RunGenerator(input, parseOptions);
        Assert.True(sources.SequenceEqual(again), "Two runs over the same input generated different code.");

        foreach (var tree in output.SyntaxTrees.Skip(input.SyntaxTrees.Count()))
        {
            Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        }

        var inputDiagnostics = input.GetDiagnostics();
        if (inputDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return Outcome.InputDoesNotCompile;
        }

        var analyzerDiagnostics = AnalyzerRunner.GetDiagnosticsAsync(input).GetAwaiter().GetResult();
        Assert.DoesNotContain(analyzerDiagnostics, d => d.Id == "AD0001");
        if (analyzerDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return Outcome.Refused;
        }

        var known = inputDiagnostics.Select(d => d.ToString()).ToHashSet();
        var introduced = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !known.Contains(d.ToString()))
            .ToArray();
        Assert.True(introduced.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", introduced.Select(d => d.ToString())));
        return Outcome.Accepted;
    }

    private static (Compilation Output, ImmutableArray<(string HintName, string Text)> Sources) RunGenerator(Compilation input, CSharpParseOptions parseOptions)
    {
        var driver = CSharpGeneratorDriver.Create([new InteractionsSchemaGenerator().AsSourceGenerator()], parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return (output, result.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).ToImmutableArray());
    }
}
