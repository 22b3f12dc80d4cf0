using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.CodeFixes;
using Xunit;

namespace SchemaGen.Generator.Tests.Grammar;

/// <summary>
/// Every code fix over generated inputs — classes, records, structs, readonly structs, existing members, nested
/// types, null initializers, later assignments, old language versions: where a fix is offered, applying it leaves
/// code that compiles with no error and without the diagnostic it fixed; where no fix could do that, none is offered.
/// </summary>
public sealed class CodeFixGrammarTests
{
    private const string Header = "#nullable enable\nusing System;\nusing System.Collections.Generic;\nusing SchemaGen;\nusing Amazon.Personalize.Model;\n";

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static void Sample<T>(Gen<T> cases, Func<T, Task<bool>> check, int iterations, int minimumOffered)
    {
        var offered = 0;
        cases.Sample(input =>
        {
            if (check(input).GetAwaiter().GetResult())
            {
                Interlocked.Increment(ref offered);
            }
        }, iter: iterations, threads: 1);
        Assert.True(offered >= minimumOffered, $"The fix was offered in {offered} of {iterations} cases.");
    }

    /// <summary>Applies the fix to the first diagnostic of <paramref name="id"/>; fails if the fix leaves errors or the diagnostic.</summary>
    private static async Task<CodeFixRunner?> FixFirstAsync(CodeFixRunner runner, CodeFixProvider fix, string id)
    {
        var before = await runner.DiagnosticsAsync(id);
        Assert.NotEmpty(before);
        var fixedRunner = await runner.ApplyAsync(fix, before[0]);
        if (fixedRunner is null)
        {
            return null;
        }

        var text = await fixedRunner.TextAsync();
        var errors = await fixedRunner.ProblemsAsync(DiagnosticSeverity.Error);
        Assert.True(errors.Length == 0, "The fix left errors:\n" + string.Join("\n", errors.Select(e => e.ToString())) + "\n" + text);
        var after = await fixedRunner.DiagnosticsAsync(id);
        Assert.True(after.Length < before.Length, "The fix left " + id + ":\n" + text);
        return fixedRunner;
    }

    private static readonly string[] Kinds = ["class", "sealed class", "record", "struct", "readonly struct", "record struct", "readonly record struct"];

    /// <summary>The kind with <c>partial</c> right before its type keyword (<c>sealed partial class</c>, <c>partial record struct</c>).</summary>
    private static string Partial(string kind)
    {
        var words = kind.Split(' ').ToList();
        words.Insert(words.FindIndex(word => word is "class" or "struct" or "record"), "partial");
        return string.Join(" ", words);
    }

    private static bool IsStruct(string kind) => kind.EndsWith("struct", StringComparison.Ordinal);

    private static LanguageVersion Minimum(string kind) =>
        kind.Contains("record struct", StringComparison.Ordinal) ? LanguageVersion.CSharp10 : kind.Contains("record", StringComparison.Ordinal) ? LanguageVersion.CSharp9 : LanguageVersion.CSharp8;

    private static string Property(string kind, string type, string name, bool withConstructor)
    {
        var accessors = kind.StartsWith("readonly", StringComparison.Ordinal) ? "{ get; }" : "{ get; set; }";
        var initializer = !IsStruct(kind) && type == "string" ? " = \"\";" : string.Empty;
        return "public " + type + " " + name + " " + accessors + initializer;
    }

    [Fact]
    public void SG1001_make_partial_fixes_every_type_and_container() =>
        Sample(
            Gen.Select(Pick(Kinds), Pick("", "public ", "internal "), Pick("", "public static class Outer", "public class Outer", "internal struct Holder"), Gen.Bool, Pick(LanguageVersion.CSharp10, LanguageVersion.Latest)),
            async input =>
            {
                var (kind, modifier, container, partialType, version) = input;
                var body = "[InteractionsSchema] " + modifier + (partialType ? Partial(kind) : kind) + " Click { "
                    + Property(kind, "string", "UserId", false) + " " + Property(kind, "string", "ItemId", false) + " " + Property(kind, "long", "Timestamp", false) + " }";
                var source = Header + (container.Length > 0 ? container + " { " + body + " }" : body);
                var runner = CodeFixRunner.Create(source, version, Scenarios.PersonalizeSdkShape);
                if ((await runner.DiagnosticsAsync("SG1001")).IsEmpty)
                {
                    return false;
                }

                for (var step = 0; step < 3 && !(await runner.DiagnosticsAsync("SG1001")).IsEmpty; step++)
                {
                    runner = await FixFirstAsync(runner, new AddPartialCodeFix(), "SG1001") ?? throw new Xunit.Sdk.XunitException("No fix offered:\n" + source);
                }

                Assert.Empty(await runner.DiagnosticsAsync("SG1001"));
                return true;
            },
            iterations: 80,
            minimumOffered: 40);

    [Fact]
    public void SG1011_add_required_property_compiles_in_every_kind_of_type_or_is_not_offered() =>
        Sample(
            Gen.Select(Pick(Kinds), Gen.Int[0, 6], Pick("", "", "constructor"), Pick("", "", "", "method", "mapped"), Pick(LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.Latest)),
            async input =>
            {
                var (kind, presentMask, constructor, clash, requested) = input;
                var version = requested < Minimum(kind) ? Minimum(kind) : requested;
                var names = new[] { "UserId", "ItemId", "Timestamp" };
                var members = names.Where((_, i) => (presentMask & (1 << i)) != 0)
                    .Select(name => Property(kind, name == "Timestamp" ? "long" : "string", name, constructor.Length > 0)).ToList();
                var missing = names.Where((_, i) => (presentMask & (1 << i)) == 0).ToArray();
                if (clash == "method")
                {
                    members.Add("public string " + missing[0] + "() => \"\";");
                }
                else if (clash == "mapped")
                {
                    members.Add("[SchemaField(\"OTHER\")] " + Property(kind, missing[0] == "Timestamp" ? "long" : "string", missing[0], false));
                }

                if (constructor.Length > 0)
                {
                    members.Add(IsStruct(kind) ? "public Click(int seed) : this() { }" : "public Click() { }");
                }

                var source = Header + "[InteractionsSchema] public " + Partial(kind) + " Click { " + string.Join(" ", members) + " }";
                var runner = CodeFixRunner.Create(source, version, Scenarios.PersonalizeSdkShape);
                Assert.True((await runner.ProblemsAsync(DiagnosticSeverity.Error)).Length == 0, "The input does not compile:\n" + source);

                var fixedRunner = await FixFirstAsync(runner, new AddRequiredFieldCodeFix(), "SG1011");
                var clashes = clash.Length > 0;
                var cannotInitialize = IsStruct(kind) && constructor.Length > 0 && version < LanguageVersion.CSharp10;
                Assert.True((fixedRunner is null) == (clashes || cannotInitialize), (fixedRunner is null ? "Not offered" : "Offered") + " for C# " + version.ToDisplayString() + ":\n" + source);
                return fixedRunner is not null;
            },
            iterations: 150,
            minimumOffered: 40);

    [Fact]
    public void SG1015_mark_categorical_fixes_properties_and_positional_parameters() =>
        Sample(
            Gen.Select(Pick("property", "mapped", "obsolete", "sequence", "positional"), Pick("class", "record", "struct")),
            async input =>
            {
                var (form, kind) = input;
                var source = form == "positional"
                    ? Header + "[InteractionsSchema] public partial record Click(string UserId, string ItemId, long Timestamp, string? Location);"
                    : Header + "[InteractionsSchema] public " + Partial(kind) + " Click { "
                        + Property(kind, "string", "UserId", false) + " " + Property(kind, "string", "ItemId", false) + " " + Property(kind, "long", "Timestamp", false) + " "
                        + form switch
                        {
                            "mapped" => "[SchemaField(\"LOC\")] public string? Location { get; set; }",
                            "obsolete" => "/// <summary>Where.</summary>\n    [Obsolete] public string? Location { get; set; }",
                            "sequence" => "public List<string>? Tags { get; set; }",
                            _ => "public string? Location { get; set; }",
                        } + " }";
                var runner = CodeFixRunner.Create(source, LanguageVersion.Latest, Scenarios.PersonalizeSdkShape);
                Assert.NotNull(await FixFirstAsync(runner, new AddCategoricalCodeFix(), "SG1015"));
                return true;
            },
            iterations: 40,
            minimumOffered: 40);

    /// <summary>A schema with two declared event types, beside <see cref="CodeFixTests.WatchSchema"/>'s one.</summary>
    private const string ShopSchema = """
        using SchemaGen;

        [InteractionsSchema(EventTypes = new[] { "click", "buy" })]
        public partial class Shop
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            public float EventValue { get; set; }
        }
        """;

    [Fact]
    public void SG2001_set_event_type_fixes_initializers_with_a_missing_or_null_event_type() =>
        Sample(
            Gen.Select(Pick("Watch", "Shop"), Pick("config", "request", "request-later"), Pick("", "EventType = null, ", "EventType = default, ", "EventType = (string?)null, "), Pick("", "", "x.EventType = null;", "x.EventType = \"watch\";")),
            async input =>
            {
                var (schema, form, eventType, later) = input;
                var creation = form switch
                {
                    "config" => "new SolutionTrainingConfig(" + schema + ".SchemaInfo) { " + eventType + "EventValueThreshold = \"1\" }",
                    "request" => "new CreateSolutionRequest { Name = \"s\", " + eventType + "SolutionConfig = new SolutionConfig { EventValueThreshold = \"0.5\" } }",
                    _ => "new CreateSolutionRequest { " + eventType + "SolutionConfig = new SolutionConfig() }",
                };
                var threshold = form == "request-later" ? "x.SolutionConfig!.EventValueThreshold = \"2\"; " : string.Empty;
                var source = Header + "public static class Code { public static object Run() { var x = " + creation + "; " + threshold + later + " return x; } }";
                var runner = CodeFixRunner.Create(source, LanguageVersion.Latest, CodeFixTests.WatchSchema, ShopSchema, Scenarios.PersonalizeSdkShape);
                if ((await runner.DiagnosticsAsync("SG2001")).IsEmpty)
                {
                    Assert.Contains("\"watch\"", later, StringComparison.Ordinal);
                    return false;
                }

                var fixedRunner = await FixFirstAsync(runner, new AddEventTypeCodeFix(), "SG2001");
                Assert.True((fixedRunner is null) == later.Contains("null", StringComparison.Ordinal), (fixedRunner is null ? "Not offered" : "Offered") + ":\n" + source);
                return fixedRunner is not null;
            },
            iterations: 80,
            minimumOffered: 20);

    [Fact]
    public void SG2004_use_declared_event_type_fixes_misspellings_wherever_they_are_set() =>
        Sample(
            Gen.Select(Pick("Watch", "Shop"), Pick("initializer", "assignment"), Pick("wacth", "Watch", "clik", "byu", "watch2")),
            async input =>
            {
                var (schema, form, typo) = input;
                var body = form == "initializer"
                    ? "var x = new SolutionTrainingConfig(" + schema + ".SchemaInfo) { EventType = \"" + typo + "\", EventValueThreshold = \"1\" };"
                    : "var x = new SolutionTrainingConfig(" + schema + ".SchemaInfo) { EventValueThreshold = \"1\" }; x.EventType = \"" + typo + "\";";
                var source = Header + "public static class Code { public static object Run() { " + body + " return x; } }";
                var runner = CodeFixRunner.Create(source, LanguageVersion.Latest, CodeFixTests.WatchSchema, ShopSchema, Scenarios.PersonalizeSdkShape);
                if ((await runner.DiagnosticsAsync("SG2004")).IsEmpty)
                {
                    return false;
                }

                // A fix is offered only when a declared event type is close enough to be the one meant.
                var near = schema == "Watch" ? typo is "wacth" or "Watch" or "watch2" : typo is "clik" or "byu";
                var offered = await FixFirstAsync(runner, new UseDeclaredEventTypeCodeFix(), "SG2004") is not null;
                Assert.True(offered == near, (offered ? "Offered" : "Not offered") + ":\n" + source);
                return offered;
            },
            iterations: 40,
            minimumOffered: 8);
}
