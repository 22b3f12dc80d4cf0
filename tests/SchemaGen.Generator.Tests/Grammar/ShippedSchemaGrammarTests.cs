using System;
using System.Linq;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests.Grammar;

/// <summary>
/// Over declarations from <see cref="DeclarationGrammar"/>, with shipped schemas present: a schema compared with its
/// own export reports nothing; the same file damaged (cut short) is SG1031, and retyped is SG1030 or nothing, for
/// every schema type; no analyzer ever throws. 300 cases by default; <c>SCHEMAGEN_GRAMMAR_CASES</c> sets more.
/// </summary>
public sealed class ShippedSchemaGrammarTests
{
    private static int CaseCount =>
        int.TryParse(Environment.GetEnvironmentVariable("SCHEMAGEN_GRAMMAR_CASES"), out var count) && count > 0 ? Math.Max(1, count / 5) : 300;

    [Fact]
    public void Shipped_schemas_never_break_the_analyzers_and_a_schema_matches_its_own_export()
    {
        var compared = 0;
        DeclarationGrammar.Cases.Sample(
            declaration =>
            {
                if (Check(declaration))
                {
                    Interlocked.Increment(ref compared);
                }
            },
            iter: CaseCount,
            print: declaration => declaration.ToString());

        Assert.True(compared >= CaseCount / 10, $"Only {compared} of {CaseCount} cases had a schema to compare.");
    }

    /// <returns>Whether the declaration had a schema that was exported and compared.</returns>
    private static bool Check(DeclarationCase declaration)
    {
        var input = GeneratedDeclarationTests.Input(declaration, out var parseOptions);

        CSharpGeneratorDriver.Create([new InteractionsSchemaGenerator().AsSourceGenerator()], parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        var exported = output.Assembly.GetAttributes()
            .Where(attribute => attribute.AttributeClass?.Name == "EmbeddedAvroSchemaAttribute" && attribute.ConstructorArguments.Length == 3)
            .Select(attribute => (Name: (string)attribute.ConstructorArguments[0].Value!, Json: (string)attribute.ConstructorArguments[2].Value!))
            .ToArray();
        if (exported.Length == 0)
        {
            return false;
        }

        string Path(string name) => "/0/ShippedSchemas/" + name + ".avsc";
        var own = Diagnostics(input, exported.Select(schema => (Path(schema.Name), schema.Json + "\n")).ToArray());
        Assert.DoesNotContain(own, diagnostic => diagnostic.Id is "SG1030" or "SG1031");

        // A name two schema types share (SG1021) names no one shipped schema: those are not compared at all.
        var compared = exported.GroupBy(schema => schema.Name).Where(group => group.Count() == 1).Select(group => group.Single()).ToArray();
        var cut = Diagnostics(input, exported.Select(schema => (Path(schema.Name), schema.Json.Substring(0, schema.Json.Length / 2))).ToArray());
        Assert.Equal(compared.Length, cut.Count(diagnostic => diagnostic.Id == "SG1031"));

        var retyped = Diagnostics(input, exported.Select(schema => (Path(schema.Name), schema.Json.Replace("\"string\"", "\"boolean\"", StringComparison.Ordinal))).ToArray());
        Assert.DoesNotContain(retyped, diagnostic => diagnostic.Id == "SG1031");
        Assert.Equal(compared.Any(schema => schema.Json.Contains("\"string\"", StringComparison.Ordinal)), retyped.Any(diagnostic => diagnostic.Id == "SG1030"));
        return compared.Length > 0;
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics(Compilation input, (string Path, string Text)[] shipped)
    {
        var diagnostics = AnalyzerRunner.GetDiagnosticsAsync(input, shipped).GetAwaiter().GetResult();
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return diagnostics;
    }
}
