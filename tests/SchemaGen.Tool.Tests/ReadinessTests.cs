using System.Text;
using System.Text.Json;
using Xunit;

namespace SchemaGen.Tool.Tests;

/// <summary><c>schemagen readiness</c>: the numbers and the shortfall, as a table or as JSON.</summary>
public sealed class ReadinessTests
{
    private static string Csv(int interactions, int usersWithTwo)
    {
        var path = Path.Combine(ToolRunner.TempFolder(), "interactions.csv");
        var text = new StringBuilder("USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE\n");
        for (var i = 0; i < interactions; i++)
        {
            // Pairs of rows share a user and an event type; event values cycle through 0 to 4.
            text.Append(i < usersWithTwo * 2 ? "u" + (i / 2) : "single" + i).Append(",i,1700000000,").Append(i / 2 % 2 == 0 ? "click" : "view").Append(',').Append(i % 5).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Theory]
    [InlineData(new string[0], 2000, 30, true, 0, 0)]
    [InlineData(new[] { "--event-type", "click" }, 1000, 15, false, 0, 10)]
    [InlineData(new[] { "--event-value-threshold", "3" }, 800, 6, false, 200, 19)]
    public void Json_gives_the_numbers_after_the_filter(string[] filter, int interactions, int users, bool ready, int missingInteractions, int missingUsers)
    {
        var (exitCode, output, error) = ToolRunner.Run(["readiness", Csv(2000, 30), "--json", .. filter]);

        Assert.True(exitCode == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            (interactions, users, ready, missingInteractions, missingUsers),
            (json.GetProperty("interactions").GetInt32(), json.GetProperty("usersWithAtLeastTwoInteractions").GetInt32(), json.GetProperty("ready").GetBoolean(),
             json.GetProperty("missingInteractions").GetInt32(), json.GetProperty("missingUsers").GetInt32()));
    }

    [Fact]
    public void Without_json_a_table_shows_the_numbers_and_the_shortfall()
    {
        var (exitCode, output, _) = ToolRunner.Run("readiness", Csv(999, 24));

        Assert.Equal(0, exitCode);
        Assert.Contains("Interactions", output, StringComparison.Ordinal);
        Assert.Contains("999", output, StringComparison.Ordinal);
        Assert.Contains("1,000", output, StringComparison.Ordinal);
        Assert.Contains("Not enough data to train yet.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_on_a_missing_column_is_one_clear_error()
    {
        var path = Path.Combine(ToolRunner.TempFolder(), "plain.csv");
        File.WriteAllText(path, "USER_ID,ITEM_ID,TIMESTAMP\nu,i,1\n");

        var (exitCode, _, error) = ToolRunner.Run("readiness", path, "--event-type", "click");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("schemagen: 'EVENT_TYPE': is not a column of the header", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("import")]
    [InlineData("readiness")]
    public void Every_verb_has_complete_help(string verb)
    {
        var (exitCode, output, _) = ToolRunner.Run(verb, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("Arguments:", output, StringComparison.Ordinal);
        Assert.Contains("Options:", output, StringComparison.Ordinal);
    }
}
