using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// The IDE runs the generator and the analyzers on every keystroke, so they see code at every stage of being typed.
/// Hundreds of malformed and half-edited sources must never make them throw, or the generator emit code that does
/// not parse.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] Seeds =
    [
        Scenarios.SeedMinimal,
        Scenarios.SeedRatings,
        Scenarios.AllTypes,
        Scenarios.Shapes,
        Scenarios.Mistakes,
        Usage,
    ];

    /// <summary>Code that builds events and training configurations, for the usage analyzers.</summary>
    private const string Usage = """
        using System;
        using System.Collections.Generic;
        using Amazon.Personalize.Model;
        using SchemaGen;

        [InteractionsSchema(EventTypes = new[] { "like", "rating" })]
        public partial class Rating
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            public string EventType { get; set; } = "";
            public float EventValue { get; set; }
        }

        public static class Code
        {
            public static object Run()
            {
                var rating = new Rating { UserId = "u", ItemId = "i", Timestamp = 1, EventType = "rating" };
                var config = new SolutionTrainingConfig(Rating.SchemaInfo) { EventType = "rating", EventValueThreshold = "3" };
                var request = new CreateSolutionRequest { EventType = "like", SolutionConfig = new SolutionConfig { EventValueThreshold = "0.5" } };
                request.SolutionConfig.EventValueThreshold = "1";
                var e = new Amazon.PersonalizeEvents.Model.Event { EventType = "like", SentAt = DateTime.UtcNow, Properties = "{\"a\": 1}" };
                return new object[] { rating, config, request, e };
            }
        }
        """;

    private static readonly (string From, string To)[] Replacements =
    [
        ("string", "strin"),
        ("string", "object"),
        ("string", "List<"),
        ("string", "int[]"),
        ("string", "Dictionary<string, string>"),
        ("string", "dynamic"),
        ("string", "void"),
        ("string", "T"),
        ("long", "decimal"),
        ("long", "(int, int)"),
        ("float", "Func<int>"),
        ("DateTimeOffset", "DateTimeOffset*"),
        ("partial", ""),
        ("public", "private"),
        ("new[] { \"like\", \"rating\" }", "5"),
        ("new[] { \"like\", \"rating\" }", "null"),
        ("new[] { \"like\", \"rating\" }", "new[] { \"\", null }"),
        ("Name = \"shop-interactions-v2\"", "Name = null"),
        ("Name = \"shop-interactions-v2\"", "Name = 42"),
        ("[SchemaField(\"SHIP_TO_REGION\")]", "[SchemaField(null)]"),
        ("[SchemaField(\"SHIP_TO_REGION\")]", "[SchemaField()]"),
        ("[SchemaField(\"SHIP_TO_REGION\")]", "[SchemaField(1)]"),
        ("[SchemaField(\"SHIP_TO_REGION\")]", "[SchemaField(\"a\" + Missing)]"),
        ("[Categorical]", "[Categorical(true)]"),
        ("[InteractionsSchema", "[InteractionsSchema()] [InteractionsSchema"),
        ("class", "interface"),
        ("public partial class", "file partial class"),
        ("public long Timestamp", "public long ToEvent() => 0; public long Timestamp"),
        ("class", "enum"),
        ("record", "class<T>"),
        ("{ get; set; }", "{ get => throw null!; }"),
        ("{ get; init; }", ""),
        (";", ""),
        ("}", ""),
        ("(", ""),
    ];

    [Fact]
    public async Task Malformed_and_half_edited_sources_never_break_the_generator_or_the_analyzers()
    {
        var variants = Variants().ToList();
        Assert.True(variants.Count >= 300, $"Only {variants.Count} variants were produced.");

        foreach (var variant in variants)
        {
            var run = GeneratorRunner.Run(TestCompilation.Create(variant, Scenarios.PersonalizeSdkShape, Scenarios.AwsSdkShape));

            var analyzerDiagnostics = await AnalyzerRunner.GetDiagnosticsAsync(run.Input);
            var failures = run.RunResult.Diagnostics.Concat(run.Result.Diagnostics).Concat(analyzerDiagnostics)
                .Where(diagnostic => diagnostic.Id is "CS8785" or "AD0001" or "CS8784")
                .ToList();
            Assert.True(failures.Count == 0, $"Generator failed on:\n{variant}\n{string.Join("\n", failures)}");

            // When the consumer's code is valid, whatever the generator adds must be valid too.
            if (!run.Input.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                var introduced = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(introduced.Count == 0, $"Generated code does not compile for:\n{variant}\n{string.Join("\n", introduced)}");
            }

            foreach (var generated in run.Result.GeneratedSources)
            {
                var syntaxErrors = generated.SyntaxTree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(syntaxErrors.Count == 0, $"Generated {generated.HintName} does not parse for:\n{variant}\n{string.Join("\n", syntaxErrors)}");
            }
        }
    }

    private static IEnumerable<string> Variants()
    {
        var random = new Random(20261129);
        foreach (var seed in Seeds)
        {
            // Truncation: the file as it looks while still being typed.
            for (var cut = 0; cut < seed.Length; cut += Math.Max(1, seed.Length / 40))
            {
                yield return seed.Substring(0, cut);
            }

            // Token deletion: one missing token anywhere.
            var tokens = CSharpSyntaxTree.ParseText(seed).GetRoot().DescendantTokens().ToList();
            for (var i = 0; i < 30; i++)
            {
                var token = tokens[random.Next(tokens.Count)];
                yield return seed.Remove(token.SpanStart, token.Span.Length);
            }

            // Wrong or unfinished types and attribute arguments, one occurrence at a time.
            foreach (var (from, to) in Replacements)
            {
                var index = seed.IndexOf(from, StringComparison.Ordinal);
                for (var occurrence = 0; index >= 0 && occurrence < 3; occurrence++)
                {
                    yield return string.Concat(seed.AsSpan(0, index), to, seed.AsSpan(index + from.Length));
                    index = seed.IndexOf(from, index + from.Length, StringComparison.Ordinal);
                }
            }
        }
    }
}
