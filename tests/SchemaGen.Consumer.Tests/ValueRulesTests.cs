using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>
/// One rule per kind of value, the same on every path (event, PutEvents body, CSV, reader): how a double
/// EVENT_VALUE is narrowed, which TIMESTAMP is refused, what null and empty mean.
/// </summary>
public sealed class ValueRulesTests
{
    private static JoinedImpression View(double eventValue) =>
        new() { UserId = "u1", ItemId = "i1", Timestamp = 1700000000, EventValue = eventValue, RecommendationId = "r" };

    [Theory]
    [InlineData(1e300)]
    [InlineData(-1e39)]
    [InlineData(1e-50)]
    [InlineData(-1e-46)]
    public void A_double_event_value_that_no_float_holds_is_refused_on_every_path(double value)
    {
        var view = View(value);

        var onEvent = Assert.Throws<InteractionFormatException>(() => view.ToEvent());
        var onCsv = Assert.Throws<InteractionFormatException>(() => view.ToCsvRow());

        Assert.Equal("eventValue", onEvent.Key);
        Assert.Equal("EVENT_VALUE", onCsv.Key);
        Assert.Contains("Avro float", onCsv.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0000001234, "1.0000001")]
    [InlineData(0.1, "0.1")]
    [InlineData(3.4028234663852886e38, "3.4028235E+38")]
    [InlineData(1.401298464324817e-45, "1E-45")]
    [InlineData(0d, "0")]
    public void A_double_event_value_is_narrowed_to_the_same_float_in_csv_and_in_the_event(double value, string cell)
    {
        var view = View(value);

        Assert.Equal((float)value, view.ToEvent().EventValue);
        Assert.Equal("u1,i1,1700000000," + cell + ",,r\n", view.ToCsvRow());
    }

    [Theory]
    [InlineData(1700000000000L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(253402300800L)]
    public void A_timestamp_outside_epoch_seconds_is_refused_on_every_path_naming_timestamp(long timestamp)
    {
        var click = new MovieClick { UserId = "u1", ItemId = "i1", Timestamp = timestamp };

        var errors = new[]
        {
            Assert.Throws<InteractionFormatException>(() => click.ToEvent("click")),
            Assert.Throws<InteractionFormatException>(() => new MovieClick.PutEventsBuilder("t").Add("s", click, "click")),
            Assert.Throws<InteractionFormatException>(() => click.ToCsvRow()),
        };

        Assert.All(errors, error =>
        {
            Assert.Equal("TIMESTAMP", error.Key);
            Assert.Contains("epoch seconds", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_millisecond_timestamp_is_called_so()
    {
#pragma warning disable SG3004 // The mistake SG3004 catches in the editor, made on purpose: the runtime must refuse it too.
        var click = new MovieClick { UserId = "u1", ItemId = "i1", Timestamp = 1700000000123 };
#pragma warning restore SG3004

        var error = Assert.Throws<InteractionFormatException>(() => click.ToEvent("click"));

        Assert.Contains("milliseconds", error.Message, StringComparison.Ordinal);
        Assert.Contains("1700000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_second_of_year_9999_is_still_a_timestamp()
    {
        var click = new MovieClick { UserId = "u1", ItemId = "i1", Timestamp = 253402300799L };

        Assert.Equal(253402300799L, click.ToEvent("click").SentAt.ToUnixTimeSeconds());
        Assert.Equal("u1,i1,253402300799\n", click.ToCsvRow());
    }

    public static TheoryData<string, Func<RequiredMembers, RequiredMembers>> NullMembers => new()
    {
        { "itemId", m => { m.ItemId = null!; return m; } },
        { "impression", m => { m.Impression = null!; return m; } },
        { "recommendationId", m => { m.RecommendationId = null!; return m; } },
        { "metricAttribution.eventAttributionSource", m => { m.EventAttributionSource = null!; return m; } },
    };

    private static RequiredMembers Complete() => new()
    {
        UserId = "u1",
        ItemId = "i1",
        Timestamp = 1700000000,
        EventValue = 1,
        Impression = ["i1", "i2"],
        RecommendationId = "r",
        EventAttributionSource = "email",
    };

    [Theory]
    [MemberData(nameof(NullMembers))]
    public void A_null_in_a_non_nullable_event_member_is_refused_on_every_path(string member, Func<RequiredMembers, RequiredMembers> spoil)
    {
        var spoiled = spoil(Complete());

        Assert.Equal(member, Assert.Throws<InteractionFormatException>(() => spoiled.ToEvent()).Key);
        Assert.Equal(member, Assert.Throws<InteractionFormatException>(() => new RequiredMembers.PutEventsBuilder("t").Add("s", spoiled)).Key);
        Assert.Throws<InteractionFormatException>(() => spoiled.ToCsvRow());
        Assert.NotNull(Complete().ToEvent());
    }

    [Fact]
    public void An_empty_impression_is_no_impression_and_reads_back_empty_into_a_non_nullable_field()
    {
        var emptyArray = Complete();
        emptyArray.Impression = [];
        var emptyList = new ListedImpression { UserId = "u1", ItemId = "i1", Timestamp = 1700000000 };

        Assert.Null(emptyArray.ToEvent().Impression);
        Assert.Null(emptyList.ToEvent().Impression);
        Assert.Empty(RequiredMembers.FromEvent(emptyArray.ToEvent(), "u1").Impression);
        Assert.Equal(emptyList, ListedImpression.FromEvent(emptyList.ToEvent(), "u1") with { Impression = emptyList.Impression });
        Assert.Empty(ListedImpression.FromEvent(emptyList.ToEvent(), "u1").Impression);
        Assert.Equal("u1,i1,1700000000,\n", emptyList.ToCsvRow());
    }

    [Fact]
    public void An_empty_impression_reads_back_as_null_into_a_nullable_field()
    {
        var view = View(1);
        view.Impression = "";

        Assert.Null(view.ToEvent().Impression);
        Assert.Null(JoinedImpression.FromEvent(view.ToEvent(), "u1").Impression);
        Assert.Equal("u1,i1,1700000000,1,,r\n", view.ToCsvRow());
    }

    [Theory]
    [InlineData("a||b")]
    [InlineData("|a")]
    [InlineData("a|")]
    public void An_empty_element_in_a_joined_impression_is_refused_when_sending(string joined)
    {
        var view = View(1);
        view.Impression = joined;

        Assert.Equal("impression", Assert.Throws<InteractionFormatException>(() => view.ToEvent()).Key);
        Assert.Equal("IMPRESSION", Assert.Throws<InteractionFormatException>(() => view.ToCsvRow()).Key);
    }

    [Fact]
    public void A_derived_schema_sends_and_reads_its_inherited_fields()
    {
        var view = new DerivedView { UserId = "u1", ItemId = "i1", Timestamp = new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc), Channel = "email" };

        var back = DerivedView.FromEvent(view.ToEvent(), "u1");

        Assert.Equal((view.UserId, view.ItemId, view.Timestamp, view.Channel), (back.UserId, back.ItemId, back.Timestamp, back.Channel));
        Assert.Equal("u1,i1,1700000000,email\n", view.ToCsvRow());
    }

    [Theory]
    [InlineData("\"tags\":\"a||b\"", "tags")]
    [InlineData("\"tags\":\"|a\"", "tags")]
    [InlineData("\"labels\":\"a|\"", "labels")]
    public void An_empty_element_in_a_multi_value_is_refused_when_reading(string entry, string key)
    {
        var sample = RoundTripTests.Sample();
        sample.Tags = ["t"];
        sample.Labels = ["l"];
        var @event = sample.ToEvent();
        var original = key == "tags" ? "\"tags\":\"t\"" : "\"labels\":\"l\"";
        Assert.Contains(original, @event.Properties, StringComparison.Ordinal);
        var spoiled = RoundTripTests.WithProperties(@event, @event.Properties!.Replace(original, entry, StringComparison.Ordinal));

        var error = Assert.Throws<InteractionFormatException>(() => EveryKind.FromEvent(spoiled, "u"));

        Assert.Equal(key, error.Key);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_type_the_schema_does_not_declare_is_refused_when_reading()
    {
        var rating = new InteractionEvent("share", DateTimeOffset.FromUnixTimeSeconds(1700000000)) { ItemId = "i" };
        var watch = new InteractionEvent("click", DateTimeOffset.FromUnixTimeSeconds(1700000000)) { ItemId = "i" };

        var ratingError = Assert.Throws<InteractionFormatException>(() => MovieRating.FromEvent(rating, "u"));
        var watchError = Assert.Throws<InteractionFormatException>(() => WatchEvent.FromEvent(watch, "u"));

        Assert.Equal(("eventType", "eventType"), (ratingError.Key, watchError.Key));
        Assert.Contains("'share' is not one of the event types schema 'MovieRating' declares (like, rating)", ratingError.Message, StringComparison.Ordinal);
        Assert.Equal("watch", WatchEvent.FromEvent(new InteractionEvent("watch", DateTimeOffset.UnixEpoch) { ItemId = "i" }, "u").ToEvent().EventType);
    }

    [Theory]
    [InlineData("{\"a\":{\"userId\":\"x\"}}", "holds an object under 'a'")]
    [InlineData("{\"a\":[\"x\"]}", "holds an array under 'a'")]
    [InlineData("{\"a\":\"1\",\"a\":\"2\"}", "holds the key 'a' twice")]
    public void The_validator_refuses_what_the_reader_refuses(string properties, string message)
    {
        var @event = new InteractionEvent("rating", DateTimeOffset.FromUnixTimeSeconds(1700000000)) { ItemId = "i", Properties = properties };
        var request = new PutEventsRequest("t", "s", new List<InteractionEvent> { @event });

        var error = Assert.Single(request.Validate());

        Assert.Equal("eventList[0].properties", error.Member);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Throws<InteractionFormatException>(() => PropertiesReader.Parse(properties));
    }
}
