using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>
/// The seed's two-event example (user555 in session1 likes choc-panama, then rates movie_ten 4 with 13 ratings)
/// built from typed instances and checked member by member against the service model's shapes.
/// </summary>
public sealed class SeedExampleTests
{
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1553631760);

    /// <summary>personalize-events 2018-03-22: the members of PutEventsRequest, Event and MetricAttribution.</summary>
    private static readonly string[] RequestMembers = ["trackingId", "userId", "sessionId", "eventList"];
    private static readonly string[] EventMembers = ["eventId", "eventType", "eventValue", "itemId", "properties", "sentAt", "recommendationId", "impression", "metricAttribution"];

    internal static MovieRating Like => new() { UserId = "user555", ItemId = "choc-panama", EventType = "like", Timestamp = SentAt };

    internal static MovieRating Rating => new() { UserId = "user555", ItemId = "movie_ten", EventType = "rating", EventValue = 4, NumRatings = 13, Timestamp = SentAt };

    [Fact]
    public void Seed_example_wire_body_matches_the_service_model_member_by_member()
    {
        var requests = new MovieRating.PutEventsBuilder("tracking-1")
            .Add("session1", Like)
            .Add("session1", Rating)
            .Build();

        var body = JsonDocument.Parse(Assert.Single(requests).ToJson()).RootElement;

        Assert.Equal(RequestMembers, body.EnumerateObject().Select(member => member.Name));
        Assert.Equal("tracking-1", body.GetProperty("trackingId").GetString());
        Assert.Equal("user555", body.GetProperty("userId").GetString());
        Assert.Equal("session1", body.GetProperty("sessionId").GetString());
        var events = body.GetProperty("eventList").EnumerateArray().ToArray();
        Assert.Equal(2, events.Length);

        var like = events[0];
        Assert.All(like.EnumerateObject(), member => Assert.Contains(member.Name, EventMembers));
        Assert.Equal(new[] { "eventType", "itemId", "sentAt" }, like.EnumerateObject().Select(member => member.Name));
        Assert.Equal("like", like.GetProperty("eventType").GetString());
        Assert.Equal("choc-panama", like.GetProperty("itemId").GetString());
        Assert.Equal(JsonValueKind.Number, like.GetProperty("sentAt").ValueKind);
        Assert.Equal(1553631760, like.GetProperty("sentAt").GetInt64());

        var rating = events[1];
        Assert.Equal(new[] { "eventType", "eventValue", "itemId", "properties", "sentAt" }, rating.EnumerateObject().Select(member => member.Name));
        Assert.Equal("rating", rating.GetProperty("eventType").GetString());
        Assert.Equal(JsonValueKind.Number, rating.GetProperty("eventValue").ValueKind);
        Assert.Equal(4f, rating.GetProperty("eventValue").GetSingle());
        Assert.Equal("movie_ten", rating.GetProperty("itemId").GetString());

        // properties is a JSON string holding the object (double-encoded), with string values.
        Assert.Equal(JsonValueKind.String, rating.GetProperty("properties").ValueKind);
        Assert.Equal("{\"numRatings\":\"13\"}", rating.GetProperty("properties").GetString());
        Assert.Equal(1553631760, rating.GetProperty("sentAt").GetInt64());
    }

    [Fact]
    public void Inline_option_reproduces_the_seed_properties_byte_for_byte()
    {
        var rating = new MovieRatingInline { UserId = "user555", ItemId = "movie_ten", Timestamp = 1553631760, EventType = "rating", EventValue = 4, NumRatings = 13 };

        Assert.Equal("{\"itemId\":\"movie_ten\",\"eventValue\":\"4\",\"numRatings\":\"13\"}", rating.ToPropertiesJson());
        Assert.Equal(rating.ToPropertiesJson(), rating.ToEvent().Properties);
        Assert.Equal("movie_ten", rating.ToEvent().ItemId);
    }

    [Fact]
    public void Metadata_only_goes_into_properties_and_empty_properties_are_left_out()
    {
        Assert.Equal("{\"numRatings\":\"13\"}", Rating.ToPropertiesJson());
        Assert.Equal("{}", Like.ToPropertiesJson());
        Assert.Null(Like.ToEvent().Properties);
    }

    [Fact]
    public void Csv_header_and_rows_follow_the_schema_order()
    {
        var text = new System.IO.StringWriter();
        MovieRating.WriteCsvHeader(text);
        Like.WriteCsvRow(text);
        Rating.WriteCsvRow(text);

        Assert.Equal(
            "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE,NUM_RATINGS\n"
            + "user555,choc-panama,1553631760,like,,\n"
            + "user555,movie_ten,1553631760,rating,4,13\n",
            text.ToString());
        Assert.Equal(MovieRating.CsvHeader, string.Join(",", MovieRating.SchemaInfo.FieldNames));
    }
}
