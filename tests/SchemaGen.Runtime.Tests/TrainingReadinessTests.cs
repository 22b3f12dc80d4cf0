using System.IO;
using System.Linq;
using System.Text;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>The minimum-data check over a bulk-import CSV: exact at each threshold, after the filter.</summary>
public sealed class TrainingReadinessTests
{
    /// <summary><paramref name="interactions"/> rows spread over users so that exactly <paramref name="usersWithTwo"/> have two or more.</summary>
    private static string Csv(int interactions, int usersWithTwo, string eventType = "click", string eventValue = "1")
    {
        var text = new StringBuilder("USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE\n");
        for (var i = 0; i < interactions; i++)
        {
            var user = i < usersWithTwo * 2 ? "u" + (i / 2) : "single" + i;
            text.Append(user).Append(",\"item,").Append(i).Append("\\\"\",1700000000,").Append(eventType).Append(',').Append(eventValue).Append('\n');
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(999, 25, false, 1, 0)]
    [InlineData(1000, 25, true, 0, 0)]
    [InlineData(1000, 24, false, 0, 1)]
    [InlineData(2000, 30, true, 0, 0)]
    public void Ready_exactly_at_1000_interactions_and_25_users_with_two(int interactions, int usersWithTwo, bool ready, int missingInteractions, int missingUsers)
    {
        var report = TrainingReadiness.Measure(new StringReader(Csv(interactions, usersWithTwo)));

        Assert.Equal((interactions, usersWithTwo, ready, missingInteractions, missingUsers), ((int)report.Interactions, (int)report.UsersWithAtLeastTwoInteractions, report.Ready, (int)report.MissingInteractions, (int)report.MissingUsers));
    }

    [Fact]
    public void Interactions_are_counted_after_the_event_type_and_threshold_filter()
    {
        var csv = Csv(1000, 25, "click", "4") + string.Concat(Enumerable.Range(0, 10).Select(i => "u0,i,1,view,9\n")) + "u1,i,1,click,2\nu1,i,1,click,\n";

        Assert.Equal(1012, TrainingReadiness.Measure(new StringReader(csv)).Interactions);
        Assert.Equal(1002, TrainingReadiness.Measure(new StringReader(csv), eventType: "click").Interactions);
        Assert.Equal(1010, TrainingReadiness.Measure(new StringReader(csv), eventValueThreshold: 3).Interactions);
        var both = TrainingReadiness.Measure(new StringReader(csv), "click", 3);
        Assert.Equal((1000, 25, true), (both.Interactions, both.UsersWithAtLeastTwoInteractions, both.Ready));
    }

    [Fact]
    public void A_filter_on_a_column_the_file_lacks_is_an_error_naming_the_column()
    {
        var csv = "USER_ID,ITEM_ID,TIMESTAMP\nu,i,1\n";

        Assert.Equal("EVENT_TYPE", Assert.Throws<InteractionFormatException>(() => TrainingReadiness.Measure(new StringReader(csv), eventType: "click")).Key);
        Assert.Equal("EVENT_VALUE", Assert.Throws<InteractionFormatException>(() => TrainingReadiness.Measure(new StringReader(csv), eventValueThreshold: 1)).Key);
        Assert.Equal(1, TrainingReadiness.Measure(new StringReader(csv)).Interactions);
    }

    [Fact]
    public void Progress_reports_every_character_read_by_the_end()
    {
        var csv = Csv(3000, 25);
        var reported = new System.Collections.Generic.List<long>();

        TrainingReadiness.Measure(new StringReader(csv), progress: new Recorder(reported));

        Assert.True(reported.Count > 1);
        Assert.Equal(csv.Length, reported[^1]);
    }

    private sealed class Recorder(System.Collections.Generic.List<long> values) : System.IProgress<long>
    {
        public void Report(long value) => values.Add(value);
    }
}
