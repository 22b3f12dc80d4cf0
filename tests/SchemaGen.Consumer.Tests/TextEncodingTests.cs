using System;
using System.Linq;
using System.Text.Json;
using SchemaGen.Serialization;
using SchemaGen.Validation;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>
/// Text goes out as it is, counted in UTF-16 code units: JSON escapes only what it must, characters beyond the
/// BMP stay one character, and a lone surrogate — which is no text at all — is refused, never replaced.
/// </summary>
public sealed class TextEncodingTests
{
    private const string Emoji = "😀";

    [Theory]
    [InlineData(Emoji)]
    [InlineData("𝄞")]
    [InlineData("\U0010FFFD")]
    [InlineData("\u2028\u2029\u0085\uFEFF\uFFFE\uFFFF")]
    [InlineData("é中<>&'+`")]
    public void Text_that_json_allows_unescaped_is_written_as_is(string text)
    {
        var sample = RoundTripTests.Sample();
        sample.Text = text;

        var properties = sample.ToPropertiesJson();

        Assert.Contains("\"text\":\"" + text + "\"", properties, StringComparison.Ordinal);
        Assert.Equal(text, JsonDocument.Parse(properties).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Only_quotes_backslashes_and_control_characters_are_escaped()
    {
        var sample = RoundTripTests.Sample();
        sample.Text = "\"\\\u0000\u001F\n\t";

        var properties = sample.ToPropertiesJson();

        Assert.Contains("\"text\":\"\\\"\\\\\\u0000\\u001F\\n\\t\"", properties, StringComparison.Ordinal);
        Assert.Equal(sample.Text, JsonDocument.Parse(properties).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Properties_of_four_hundred_emoji_fit_the_limit_as_sent()
    {
        var sample = RoundTripTests.Sample();
        sample.Text = string.Concat(Enumerable.Repeat(Emoji, 400));

        var request = new EveryKind.PutEventsBuilder("t").Add("s", sample).Build().Single();
        var sent = JsonDocument.Parse(request.ToJson()).RootElement.GetProperty("eventList")[0].GetProperty("properties").GetString()!;

        Assert.Equal(sample.ToPropertiesJson(), sent);
        Assert.InRange(sent.Length, 800, PersonalizeLimits.MaxPropertiesLength);
    }

    [Fact]
    public void A_length_error_counts_utf16_code_units_and_says_so_when_the_value_holds_surrogate_pairs()
    {
        var click = new MovieClick { UserId = "u", ItemId = string.Concat(Enumerable.Repeat(Emoji, 129)), Timestamp = 1700000000 };

        var request = new MovieClick.PutEventsBuilder("t").Add("s", click, "click").Build().Single();
        var error = Assert.Single(request.Validate());

        Assert.Equal("eventList[0].itemId", error.Member);
        Assert.Equal("is 258 UTF-16 code units long (129 characters, some outside the Basic Multilingual Plane); the limit is 1 to 256 UTF-16 code units", error.Message);
    }

    [Fact]
    public void A_length_error_on_plain_text_speaks_of_characters()
    {
        var click = new MovieClick { UserId = "u", ItemId = new string('x', 257), Timestamp = 1700000000 };

        var request = new MovieClick.PutEventsBuilder("t").Add("s", click, "click").Build().Single();

        Assert.Equal("is 257 characters long; the limit is 1 to 256 characters", Assert.Single(request.Validate()).Message);
    }

    /// <remarks>Code units rather than strings: attribute arguments are stored as UTF-8, which has no lone surrogate.</remarks>
    [Theory]
    [InlineData(new[] { 'a', 0xD800, 'b' })]
    [InlineData(new[] { 'a', 0xDC00 })]
    [InlineData(new[] { 0xDBFF })]
    [InlineData(new[] { 0xDE00, 0xD83D })]
    public void A_lone_surrogate_in_an_event_member_is_refused_naming_the_member(int[] codeUnits)
    {
        var spoiled = new string(codeUnits.Select(unit => (char)unit).ToArray());
        var click = new MovieClick { UserId = spoiled, ItemId = spoiled, Timestamp = 1700000000 };
        var request = new MovieClick.PutEventsBuilder(spoiled).Add(spoiled, click, spoiled, eventId: spoiled).Build().Single();

        var errors = request.Validate();

        Assert.Equal(
            new[] { "trackingId", "sessionId", "userId", "eventList[0].eventId", "eventList[0].eventType", "eventList[0].itemId" },
            errors.Select(e => e.Member));
        Assert.All(errors, e => Assert.Contains("lone surrogate", e.Message, StringComparison.Ordinal));
        Assert.Throws<PutEventsValidationException>(() => request.ToJson());
    }

    [Fact]
    public void A_lone_surrogate_in_impression_recommendation_or_properties_is_refused()
    {
        var @event = new InteractionEvent("view", DateTimeOffset.FromUnixTimeSeconds(1700000000))
        {
            ItemId = "i",
            RecommendationId = "r\uD800",
            Impression = ["ok", "\uDC00"],
            Properties = "{\"a\":\"\uD800\"}",
        };
        var request = new PutEventsRequest("t", "s", [@event]);

        Assert.Equal(
            new[] { "eventList[0].recommendationId", "eventList[0].impression[1]", "eventList[0].properties" },
            request.Validate().Select(e => e.Member));
    }

    [Fact]
    public void A_lone_surrogate_in_a_metadata_value_is_refused_when_writing_properties()
    {
        var sample = RoundTripTests.Sample();
        sample.OptionalText = "a\uD800b";

        var error = Assert.Throws<InteractionFormatException>(() => sample.ToPropertiesJson());
        Assert.Equal("optionalText", error.Key);
        Assert.Contains("lone surrogate U+D800", error.Message, StringComparison.Ordinal);

        sample.OptionalText = null;
        sample.Tags = ["ok", "\uDFFF"];
        Assert.Equal("tags", Assert.Throws<InteractionFormatException>(() => sample.ToPropertiesJson()).Key);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_lone_surrogate_is_refused_when_reading_properties_back(bool escaped)
    {
        var sample = RoundTripTests.Sample();
        sample.Text = "PLACEHOLDER";
        var @event = sample.ToEvent();
        var spoiled = RoundTripTests.WithProperties(@event, @event.Properties!.Replace("PLACEHOLDER", escaped ? "a\\uD800b" : "a\uD800b", StringComparison.Ordinal));

        var error = Assert.Throws<InteractionFormatException>(() => EveryKind.FromEvent(spoiled, "u"));

        Assert.Equal("properties", error.Key);
        Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
    }
}
