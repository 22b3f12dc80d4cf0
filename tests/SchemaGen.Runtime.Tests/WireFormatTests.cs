using System;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>The exact rest-json body of PutEvents.</summary>
public sealed class WireFormatTests
{
    [Fact]
    public void Every_member_is_written_with_its_model_name_and_json_type()
    {
        var request = new PutEventsRequest("tracking-1", "session-1",
        [
            new InteractionEvent("click", DateTimeOffset.FromUnixTimeSeconds(1553631760))
            {
                EventId = "e1",
                EventValue = 4.5f,
                ItemId = "item-1",
                Properties = "{\"numRatings\":\"12\"}",
                RecommendationId = "rec-1",
                Impression = ["item-1", "item-2"],
                MetricAttribution = new MetricAttribution("ads"),
            },
        ])
        { UserId = "user-1" };

        Assert.Equal(
            "{\"trackingId\":\"tracking-1\",\"userId\":\"user-1\",\"sessionId\":\"session-1\",\"eventList\":[{"
            + "\"eventId\":\"e1\",\"eventType\":\"click\",\"eventValue\":4.5,\"itemId\":\"item-1\","
            + "\"properties\":\"{\\\"numRatings\\\":\\\"12\\\"}\",\"sentAt\":1553631760,\"recommendationId\":\"rec-1\","
            + "\"impression\":[\"item-1\",\"item-2\"],\"metricAttribution\":{\"eventAttributionSource\":\"ads\"}}]}",
            request.ToJson());
    }

    [Fact]
    public void Optional_members_are_left_out_when_null()
    {
        var request = new PutEventsRequest("t", "s", [new InteractionEvent("view", DateTimeOffset.FromUnixTimeSeconds(1))]);

        Assert.Equal("{\"trackingId\":\"t\",\"sessionId\":\"s\",\"eventList\":[{\"eventType\":\"view\",\"sentAt\":1}]}", request.ToJson());
    }

    [Fact]
    public void SentAt_is_epoch_seconds_with_a_millisecond_fraction_never_milliseconds()
    {
        var sentAt = DateTimeOffset.FromUnixTimeMilliseconds(1553631760123);
        var request = new PutEventsRequest("t", "s", [new InteractionEvent("view", sentAt)]);

        Assert.Contains("\"sentAt\":1553631760.123}", request.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Non_ascii_text_is_kept_as_is_so_it_counts_once_against_limits()
    {
        var request = new PutEventsRequest("t", "s", [new InteractionEvent("view", DateTimeOffset.FromUnixTimeSeconds(1)) { ItemId = "café" }]);

        Assert.Contains("\"itemId\":\"café\"", request.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("𝄞\u2028\u2029\u0085\uFEFF\uFFFE\uFFFF")]
    [InlineData("<script>&'+`")]
    public void Only_what_json_must_escape_is_escaped(string text)
    {
        var request = new PutEventsRequest("t", "s", [new InteractionEvent("view", DateTimeOffset.FromUnixTimeSeconds(1)) { ItemId = text, Properties = "{\"a\":\"" + text + "\"}" }]);

        var json = request.ToJson();

        Assert.Contains("\"itemId\":\"" + text + "\"", json, StringComparison.Ordinal);
        Assert.Contains("\"properties\":\"{\\\"a\\\":\\\"" + text + "\\\"}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_backslashes_and_control_characters_get_the_short_or_unicode_escape()
    {
        var request = new PutEventsRequest("t", "s", [new InteractionEvent("view", DateTimeOffset.FromUnixTimeSeconds(1)) { ItemId = "\"\\\b\f\n\r\t\u0000\u001F" }]);

        Assert.Contains("\"itemId\":\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001F\"", request.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Into_any_writer_the_body_is_the_wire_text_as_its_next_value()
    {
        var request = new PutEventsRequest("t", "s", [new InteractionEvent("view", DateTimeOffset.FromUnixTimeSeconds(1)) { ItemId = "café <1>" }]);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();

        // The framework's default encoder would write é and < as \u escapes, and indenting would spread the body: the
        // body is written as one raw value.
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            request.WriteTo(writer);
            request.WriteTo(writer);
            writer.WriteEndArray();
        }

        var written = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        Assert.Equal("[" + request.ToJson() + "," + request.ToJson() + "\n]", written);
        Assert.Contains("\"itemId\":\"café <1>\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_a_buffer_the_body_is_the_wire_text()
    {
        var request = new PutEventsRequest("t", "s", [new InteractionEvent("view", DateTimeOffset.FromUnixTimeMilliseconds(1500))]);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();

        request.WriteTo(buffer);

        Assert.Equal("{\"trackingId\":\"t\",\"sessionId\":\"s\",\"eventList\":[{\"eventType\":\"view\",\"sentAt\":1.5}]}", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
