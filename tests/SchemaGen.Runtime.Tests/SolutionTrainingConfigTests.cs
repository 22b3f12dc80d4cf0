using System;
using System.Linq;
using SchemaGen.Validation;
using Xunit;

namespace SchemaGen.Runtime.Tests;

public sealed class SolutionTrainingConfigTests
{
    private static readonly InteractionsSchemaInfo Ratings = new(
        "MovieRating", typeof(object), "{}", ["USER_ID", "ITEM_ID", "TIMESTAMP", "EVENT_TYPE", "EVENT_VALUE"], ["like", "rating"]);

    private static readonly InteractionsSchemaInfo Clicks = new(
        "MovieClick", typeof(object), "{}", ["USER_ID", "ITEM_ID", "TIMESTAMP"], []);

    [Fact]
    public void Writes_the_create_solution_members()
    {
        var config = new SolutionTrainingConfig(Ratings) { EventType = "rating", EventValueThreshold = "3" };

        Assert.Equal("{\"eventType\":\"rating\",\"solutionConfig\":{\"eventValueThreshold\":\"3\"}}", config.ToJson());
    }

    [Fact]
    public void An_event_type_alone_is_enough()
    {
        Assert.Equal("{\"eventType\":\"like\"}", new SolutionTrainingConfig(Ratings) { EventType = "like" }.ToJson());
    }

    [Theory]
    [InlineData("rating", "high", "solutionConfig.eventValueThreshold", "'high' is not a number")]
    [InlineData(null, "3", "eventType", "is not set, but eventValueThreshold is")]
    [InlineData("raitng", null, "eventType", "'raitng' is not one of the event types schema 'MovieRating' declares (like, rating)")]
    public void Refuses_what_would_train_on_the_wrong_events(string? eventType, string? threshold, string member, string message)
    {
        var config = new SolutionTrainingConfig(Ratings) { EventType = eventType, EventValueThreshold = threshold };

        var error = Assert.Single(config.Validate());
        Assert.Equal(member, error.Member);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Throws<TrainingConfigValidationException>(() => config.ToJson());
    }

    [Fact]
    public void Refuses_a_threshold_for_a_schema_without_event_value()
    {
        var config = new SolutionTrainingConfig(Clicks) { EventType = "click", EventValueThreshold = "1" };

        Assert.Equal(["solutionConfig.eventValueThreshold"], config.Validate().Select(e => e.Member));
    }
}
