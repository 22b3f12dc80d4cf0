using System;
using System.Linq;
using SchemaGen.Serialization;
using SchemaGen.Validation;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>Where an event's type, time and user come from, and what the generated code refuses.</summary>
public sealed class EventRulesTests
{
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    [Fact]
    public void Event_type_comes_from_the_instance_field()
    {
        var rating = SeedExampleTests.Rating;

        Assert.Equal("rating", rating.ToEvent().EventType);
    }

    [Fact]
    public void A_type_the_schema_does_not_declare_is_refused()
    {
        var share = SeedExampleTests.Rating;
        share.EventType = "share";

        var error = Assert.Throws<ArgumentException>(() => share.ToEvent());
        Assert.Contains("'share' is not one of the event types schema 'MovieRating' declares (like, rating)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_declared_type_is_used_when_the_schema_has_no_event_type_field()
    {
        var watch = new WatchEvent { UserId = "u1", ItemId = "i1", Timestamp = new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc) };

        var @event = watch.ToEvent();

        Assert.Equal("watch", @event.EventType);
        Assert.Equal(SentAt, @event.SentAt);
    }

    [Fact]
    public void Without_an_event_type_field_or_a_single_declared_type_the_caller_gives_it()
    {
        var click = new MovieClick { UserId = "u1", ItemId = "i1", Timestamp = 1700000000 };

        var @event = click.ToEvent("click", eventId: "e-1");

        Assert.Equal("click", @event.EventType);
        Assert.Equal("e-1", @event.EventId);
        Assert.Equal(SentAt, @event.SentAt);
        var requests = new MovieClick.PutEventsBuilder("t").Add("s", click, "click").Build();
        Assert.Equal("u1", Assert.Single(requests).UserId);
    }

    [Fact]
    public void Enum_event_types_are_sent_by_name()
    {
        var purchase = RoundTripTests.Sample();
        purchase.EventType = Interaction.Purchase;

        Assert.Equal("Purchase", purchase.ToEvent().EventType);
    }

    [Fact]
    public void NaN_in_a_metadata_field_is_an_error_naming_the_field()
    {
        var sample = RoundTripTests.Sample();
        sample.Ratio = float.NaN;

        var error = Assert.Throws<InteractionFormatException>(() => sample.ToPropertiesJson());
        Assert.Equal("ratio", error.Key);
        Assert.Throws<InteractionFormatException>(() => sample.ToCsvRow());
    }

    [Fact]
    public void NaN_as_the_event_value_is_refused_before_sending()
    {
        var rating = SeedExampleTests.Rating;
        rating.EventValue = float.NaN;

        var request = new MovieRating.PutEventsBuilder("t").Add("s", rating).Build().Single();

        var error = Assert.Throws<PutEventsValidationException>(() => request.ToJson());
        Assert.Equal("eventList[0].eventValue", Assert.Single(error.Errors).Member);
    }

    [Fact]
    public void A_null_in_a_non_nullable_field_is_an_error_naming_the_field()
    {
        var sample = RoundTripTests.Sample();
        sample.Text = null!;

        Assert.Equal("text", Assert.Throws<InteractionFormatException>(() => sample.ToPropertiesJson()).Key);
        Assert.Equal("TEXT", Assert.Throws<InteractionFormatException>(() => sample.ToCsvRow()).Key);
    }

    [Fact]
    public void An_undefined_enum_value_is_an_error_naming_the_field()
    {
        var sample = RoundTripTests.Sample();
        sample.Device = (Device)42;

        var error = Assert.Throws<InteractionFormatException>(() => sample.ToPropertiesJson());
        Assert.Equal("device", error.Key);
        Assert.Contains("value 42", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"numRatings\":\"13\",\"numRating\":\"1\"}", "numRating", "is not a field of this schema")]
    [InlineData("{\"numRatings\":\"thirteen\"}", "numRatings", "'thirteen' is not an integer")]
    [InlineData("{\"numRatings\":\"3000000000\"}", "numRatings", "is outside")]
    [InlineData("{\"numRatings\":{\"value\":13}}", "numRatings", "holds a JSON startobject")]
    public void Reader_rejects_unknown_keys_and_wrong_values_naming_the_key(string properties, string key, string message)
    {
        var @event = new InteractionEvent("rating", SentAt) { ItemId = "movie_ten", Properties = properties };

        var error = Assert.Throws<InteractionFormatException>(() => MovieRating.FromEvent(@event, "user555"));

        Assert.Equal(key, error.Key);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_rejects_missing_required_members()
    {
        var noItem = new InteractionEvent("rating", SentAt);

        Assert.Equal("itemId", Assert.Throws<InteractionFormatException>(() => MovieRating.FromEvent(noItem, "user555")).Key);
        var withItem = new InteractionEvent("rating", SentAt) { ItemId = "i" };
        Assert.Equal("userId", Assert.Throws<InteractionFormatException>(() => MovieRating.FromEvent(withItem, null)).Key);
        var noText = EveryKind.FromEvent(RoundTripTests.Sample().ToEvent(), "u");
        Assert.NotNull(noText);
        var missing = new InteractionEvent("Click", SentAt) { ItemId = "i", Properties = "{\"flag\":\"true\"}" };
        Assert.Equal("text", Assert.Throws<InteractionFormatException>(() => EveryKind.FromEvent(missing, "u")).Key);
    }

    [Fact]
    public void Reader_accepts_numbers_as_well_as_strings_as_some_aws_examples_send_them()
    {
        var @event = new InteractionEvent("rating", SentAt) { ItemId = "movie_ten", EventValue = 4, Properties = "{\"numRatings\":13}" };

        var rating = MovieRating.FromEvent(@event, "user555");

        Assert.Equal(13, rating.NumRatings);
        Assert.Equal(4f, rating.EventValue);
    }

    [Fact]
    public void Positional_records_are_read_back_through_their_constructor()
    {
        var view = new PositionalView("u1", "i1", 1700000000, "Ohio");

        var back = PositionalView.FromEvent(view.ToEvent("view"), "u1");

        Assert.Equal(view, back);
        Assert.Equal("{\"location\":\"Ohio\"}", view.ToPropertiesJson());
    }
}
