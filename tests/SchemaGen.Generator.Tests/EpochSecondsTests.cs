using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests;

/// <summary>SG3004: each millisecond form where epoch seconds belong, where it is reported and not, and its fix.</summary>
public sealed class EpochSecondsTests
{
    private const string Schemas = """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            public long? ViewedAt { get; set; }
        }

        [InteractionsSchema]
        public partial record View(string UserId, string ItemId, long Timestamp);

        [InteractionsSchema]
        public partial class Visit
        {
            public Visit(string userId, string itemId, long timestamp) => (UserId, ItemId, Timestamp) = (userId, itemId, timestamp);

            public string UserId { get; }
            public string ItemId { get; }
            public long Timestamp { get; }
        }

        [ItemsSchema]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
            public long? CreationTimestamp { get; set; }
            [Categorical] public string Genre { get; set; } = "";
        }

        """;

    private static string Code(string body) => Usings + Schemas + "public static class Use\n{\n    public static void Run(DateTimeOffset now, DateTime then, long seconds, Click click)\n    {\n" + body + "\n    }\n\n    private static void Bump(ref long value) => value++;\n}\n";

    private static Task Verify(string body) => AnalyzerVerifier<EpochSecondsAnalyzer>.VerifyAsync(Code(body));

    /// <summary>The message of the one SG3004 that <paramref name="body"/> gets in a build with the generator.</summary>
    private static async Task<string> MessageAsync(string body)
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(Code(body)));
        return Assert.Single(await AnalyzerRunner.GetDiagnosticsAsync(run.Output), d => d.Id == "SG3004").GetMessage();
    }

    private static Task Fix(string body, string fixedBody) =>
        AnalyzerVerifier<EpochSecondsAnalyzer>.VerifyFixAsync<UseEpochSecondsCodeFix>(Code(body), Code(fixedBody));

    [Fact]
    public Task SG3004_each_millisecond_form_given_to_a_timestamp_field() => Verify("""
                var a = new Click { Timestamp = {|SG3004:now.ToUnixTimeMilliseconds()|} };
                click.Timestamp = {|SG3004:seconds * 1000|};
                click.Timestamp = {|SG3004:1000L * seconds|};
                click.Timestamp = {|SG3004:DateTime.UtcNow.Ticks|};
                click.Timestamp = {|SG3004:1700000000000|};
                var p = new Product { CreationTimestamp = {|SG3004:now.ToUnixTimeMilliseconds()|} };
        """);

    [Fact]
    public Task SG3004_milliseconds_made_into_a_date_for_a_raw_sdk_timestamp() => Verify("""
                var sentAt = DateTimeOffset.FromUnixTimeSeconds({|SG3004:now.ToUnixTimeMilliseconds()|}).UtcDateTime;
                var timestamp = DateTime.UnixEpoch.AddSeconds({|SG3004:seconds * 1000|});
        """);

    [Fact]
    public Task SG3004_not_reported_for_seconds_other_fields_or_a_millisecond_api() => Verify("""
                click.Timestamp = now.ToUnixTimeSeconds();
                click.Timestamp = seconds;
                click.Timestamp = 1700000000;
                click.Timestamp = 253402300799;
                click.Timestamp = seconds * 60;
                click.ViewedAt = now.ToUnixTimeMilliseconds();
                var ms = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
                var later = then.AddSeconds(seconds);
                long elapsed = then.Ticks;
        """);

    [Fact]
    public Task SG3004_fix_ToUnixTimeMilliseconds_becomes_ToUnixTimeSeconds() => Fix(
        "        click.Timestamp = {|SG3004:now.ToUnixTimeMilliseconds()|};",
        "        click.Timestamp = now.ToUnixTimeSeconds();");

    [Fact]
    public Task SG3004_fix_drops_the_factor_on_either_side() => Fix(
        "        click.Timestamp = {|SG3004:seconds * 1000|};\n        click.Timestamp = {|SG3004:1_000 * seconds|};",
        "        click.Timestamp = seconds;\n        click.Timestamp = seconds;");

    [Fact]
    public Task SG3004_fix_turns_ticks_into_epoch_seconds() => Fix(
        "        click.Timestamp = {|SG3004:then.Ticks|};\n        click.Timestamp = {|SG3004:now.Ticks|};",
        "        click.Timestamp = new global::System.DateTimeOffset(then).ToUnixTimeSeconds();\n        click.Timestamp = now.ToUnixTimeSeconds();");

    [Fact]
    public Task SG3004_fix_divides_a_millisecond_constant() => Fix(
        "        click.Timestamp = {|SG3004:1700000000000|};",
        "        click.Timestamp = 1700000000000 / 1000;");

    [Fact]
    public Task SG3004_through_a_local_set_once_to_milliseconds() => Verify("""
                var ms = now.ToUnixTimeMilliseconds();
                click.Timestamp = {|SG3004:ms|};
                long ticks = then.Ticks;
                var sentAt = DateTimeOffset.FromUnixTimeSeconds({|SG3004:ticks|});
                var scaled = seconds * 1000;
                var copy = scaled;
                var p = new Product { CreationTimestamp = {|SG3004:copy|} };
        """);

    [Fact]
    public Task SG3004_not_reported_through_a_local_written_again_or_holding_seconds() => Verify("""
                var reassigned = now.ToUnixTimeMilliseconds();
                reassigned = now.ToUnixTimeSeconds();
                click.Timestamp = reassigned;
                var counted = 1700000000000;
                counted--;
                click.Timestamp = counted;
                var inSeconds = now.ToUnixTimeSeconds();
                click.Timestamp = inSeconds;
                long declaredOnly;
                declaredOnly = seconds;
                click.Timestamp = declaredOnly;
                var handedOn = now.ToUnixTimeMilliseconds();
                Bump(ref handedOn);
                click.Timestamp = handedOn;
        """);

    [Fact]
    public async Task SG3004_through_a_local_names_the_local_and_where_it_was_set() => Assert.Equal(
        "TIMESTAMP (Click.Timestamp) holds epoch seconds, but clickedAtMs is set from now.ToUnixTimeMilliseconds(), and ToUnixTimeMilliseconds() gives milliseconds",
        await MessageAsync("""
                    var clickedAtMs = now.ToUnixTimeMilliseconds();
                    click.Timestamp = clickedAtMs;
            """));

    [Fact]
    public Task SG3004_fix_divides_a_local_of_milliseconds_where_it_is_used() => Fix(
        "        var ms = now.ToUnixTimeMilliseconds();\n        click.Timestamp = {|SG3004:ms|};",
        "        var ms = now.ToUnixTimeMilliseconds();\n        click.Timestamp = ms / 1000;");

    [Fact]
    public Task SG3004_no_fix_for_a_local_of_ticks() => Fix(
        "        var ticks = then.Ticks;\n        click.Timestamp = {|SG3004:ticks|};",
        "        var ticks = then.Ticks;\n        click.Timestamp = {|SG3004:ticks|};");

    [Fact]
    public Task SG3004_given_to_the_constructor_parameter_of_a_timestamp_property() => Verify("""
                var v = new View("u", "i", {|SG3004:now.ToUnixTimeMilliseconds()|});
                var named = new View(Timestamp: {|SG3004:seconds * 1000|}, UserId: "u", ItemId: "i");
                var visit = new Visit("u", "i", {|SG3004:then.Ticks|});
                var fine = new View("u", "i", now.ToUnixTimeSeconds());
                var copied = v with { Timestamp = {|SG3004:1700000000000|} };
        """);

    [Fact]
    public Task SG3004_fix_in_a_constructor_argument() => Fix(
        "        var v = new View(\"u\", \"i\", {|SG3004:now.ToUnixTimeMilliseconds()|});",
        "        var v = new View(\"u\", \"i\", now.ToUnixTimeSeconds());");

    [Fact]
    public Task SG3004_a_span_in_milliseconds_since_the_epoch() => Verify("""
                click.Timestamp = (long){|SG3004:(DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds|};
                var sentAt = DateTimeOffset.FromUnixTimeSeconds((long){|SG3004:(then - new DateTime(1970, 1, 1)).TotalMilliseconds|});
                click.Timestamp = (long)(DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds;
        """);

    [Fact]
    public Task SG3004_fix_TotalMilliseconds_becomes_TotalSeconds() => Fix(
        "        click.Timestamp = (long){|SG3004:(then - DateTime.UnixEpoch).TotalMilliseconds|};",
        "        click.Timestamp = (long)(then - DateTime.UnixEpoch).TotalSeconds;");

    [Fact]
    public Task SG3004_fix_keeps_a_division_inside_the_cast_it_is_under() => Fix(
        "        var ms = (then - DateTime.UnixEpoch).TotalMilliseconds;\n        click.Timestamp = (long){|SG3004:ms|};",
        "        var ms = (then - DateTime.UnixEpoch).TotalMilliseconds;\n        click.Timestamp = (long)(ms / 1000);");

    [Fact]
    public Task SG3004_follows_up_to_four_locals() => Verify("""
                var first = now.ToUnixTimeMilliseconds();
                var second = first;
                var third = second;
                var fourth = third;
                click.Timestamp = {|SG3004:fourth|};
                var fifth = fourth;
                click.Timestamp = fifth;
        """);

    [Fact]
    public async Task SG3004_shows_a_local_set_over_several_lines_on_one() => Assert.Contains(
        "clickedAtMs is set from now .ToUnixTimeMilliseconds(), and",
        await MessageAsync("""
                    var clickedAtMs = now
                        .ToUnixTimeMilliseconds();
                    click.Timestamp = clickedAtMs;
            """),
        System.StringComparison.Ordinal);
}
