using System;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>The other C# forms reserved fields may take travel as the event members the service expects.</summary>
public sealed class ReservedFieldFormsTests
{
    [Fact]
    public void A_joined_impression_string_is_sent_as_a_list_and_read_back_joined()
    {
        var view = new JoinedImpression { UserId = "u1", ItemId = "i1", Timestamp = 1700000000, EventValue = 2.5, Impression = "i1|i2|i3", RecommendationId = "rec-1" };

        var @event = view.ToEvent();
        var back = JoinedImpression.FromEvent(@event, "u1");

        Assert.Equal(new[] { "i1", "i2", "i3" }, @event.Impression);
        Assert.Equal(2.5f, @event.EventValue);
        Assert.Equal("rec-1", @event.RecommendationId);
        Assert.Equal("view", @event.EventType);
        Assert.Null(@event.Properties);
        Assert.Equal(("i1|i2|i3", 2.5, "rec-1"), (back.Impression, back.EventValue, back.RecommendationId));
        Assert.Equal("USER_ID,ITEM_ID,TIMESTAMP,EVENT_VALUE,IMPRESSION,RECOMMENDATION_ID", JoinedImpression.CsvHeader);
        Assert.Equal("u1,i1,1700000000,2.5,i1|i2|i3,rec-1\n", view.ToCsvRow());
    }

    [Fact]
    public void No_impression_is_sent_as_no_list()
    {
        var view = new JoinedImpression { UserId = "u1", ItemId = "i1", Timestamp = 1700000000, RecommendationId = "r" };

        var @event = view.ToEvent();

        Assert.Null(@event.Impression);
        Assert.Null(JoinedImpression.FromEvent(@event, "u1").Impression);
    }

    [Fact]
    public void A_missing_non_nullable_recommendation_id_is_named_when_reading()
    {
        var @event = new InteractionEvent("view", DateTimeOffset.FromUnixTimeSeconds(1700000000)) { ItemId = "i1", EventValue = 1 };

        var error = Assert.Throws<SchemaGen.Serialization.InteractionFormatException>(() => JoinedImpression.FromEvent(@event, "u1"));
        Assert.Equal("recommendationId", error.Key);
    }
}
