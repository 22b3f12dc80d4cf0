using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// The PutEvents body writer writes byte for byte what System.Text.Json's <see cref="Utf8JsonWriter"/> writes for the
/// same members with SchemaGen's encoder: random requests of every member, text of every kind (escapes, controls,
/// two-, three- and four-byte characters), event values of every kind and instants before and after 1970.
/// </summary>
public sealed class WireFormatDifferentialTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", "-", "_", " ", "~", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001F", "\u007F", "é", "ß", "\u07FF",
        "\u0800", "中", "\u2028", "\uFEFF", "\uFFFF", "😀", "𝄞", "{\"k\":\"v\"}", "user-1234567890", "movie_ten",
    ];

    [Fact]
    public void Random_requests_are_written_as_the_framework_writer_writes_them()
    {
        var random = new Random(20261130);
        var subject = new ArrayBufferWriter<byte>();
        var peer = new ArrayBufferWriter<byte>();
        for (var i = 0; i < 20_000; i++)
        {
            var request = RandomRequest(random);
            subject.ResetWrittenCount();
            peer.ResetWrittenCount();

            PutEventsWireFormat.Write(subject, request);
            WriteWithFrameworkWriter(peer, request);

            if (!subject.WrittenSpan.SequenceEqual(peer.WrittenSpan))
            {
                Assert.Fail("Request " + i + ":\n" + Encoding.UTF8.GetString(subject.WrittenSpan) + "\nagainst\n" + Encoding.UTF8.GetString(peer.WrittenSpan));
            }
        }
    }

    [Fact]
    public void Every_millisecond_of_a_second_either_side_of_1970_and_of_a_recent_second_is_the_decimal_formatters_text()
    {
        var buffer = new byte[32];
        foreach (var start in new[] { -2000L, 1553631760000L - 1000, EpochSeconds.MinValue * 1000, (EpochSeconds.MaxValue * 1000) - 1000 })
        {
            for (var milliseconds = start; milliseconds < start + 2000; milliseconds++)
            {
                var written = EpochSeconds.Write(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds), buffer);
                Assert.Equal(SentAtText(milliseconds), Encoding.UTF8.GetString(buffer, 0, written));
            }
        }
    }

    [Fact]
    public void A_body_longer_than_the_first_span_is_written_whole()
    {
        // Ten events of nearly a thousand escaped characters each: more than the writer asks for at first.
        var properties = "{\"k\":\"" + new string('"', 900) + "\"}";
        var events = new List<InteractionEvent>();
        for (var i = 0; i < 10; i++)
        {
            events.Add(new InteractionEvent("view", DateTimeOffset.FromUnixTimeSeconds(i)) { Properties = properties, ItemId = new string('é', 256) });
        }

        var request = new PutEventsRequest("t", "s", events);
        var subject = new ArrayBufferWriter<byte>(16);
        var peer = new ArrayBufferWriter<byte>();

        PutEventsWireFormat.Write(subject, request);
        WriteWithFrameworkWriter(peer, request);

        Assert.True(subject.WrittenCount > 4096 * 4);
        Assert.Equal(Encoding.UTF8.GetString(peer.WrittenSpan), Encoding.UTF8.GetString(subject.WrittenSpan));
    }

    private static PutEventsRequest RandomRequest(Random random)
    {
        var events = new List<InteractionEvent>();
        for (var i = random.Next(1, 11); i > 0; i--)
        {
            events.Add(new InteractionEvent(RandomText(random), DateTimeOffset.FromUnixTimeMilliseconds(random.NextInt64(EpochSeconds.MinValue * 1000, (EpochSeconds.MaxValue * 1000) + 1)))
            {
                EventId = Maybe(random, RandomText),
                EventValue = random.Next(4) switch
                {
                    0 => null,
                    1 => random.Next(-1_000_010, 1_000_010),
                    2 => (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-10, 39))),
                    _ => BitConverter.Int32BitsToSingle(random.Next()) is var bits && float.IsFinite(bits) ? bits : 0.25f,
                },
                ItemId = Maybe(random, RandomText),
                Properties = Maybe(random, RandomText),
                RecommendationId = Maybe(random, RandomText),
                Impression = Maybe(random, r => (IReadOnlyList<string>)[RandomText(r), RandomText(r)]),
                MetricAttribution = Maybe(random, r => new MetricAttribution(RandomText(r))),
            });
        }

        return new PutEventsRequest(RandomText(random), RandomText(random), events) { UserId = Maybe(random, RandomText) };
    }

    private static T? Maybe<T>(Random random, Func<Random, T> create)
        where T : class => random.Next(3) == 0 ? null : create(random);

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(0, 8); i > 0; i--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    /// <summary>The body through the framework's writer, member by member as the service model orders them.</summary>
    private static void WriteWithFrameworkWriter(IBufferWriter<byte> output, PutEventsRequest request)
    {
        using var writer = new Utf8JsonWriter(output, JsonDefaults.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("trackingId", request.TrackingId);
        if (request.UserId is not null)
        {
            writer.WriteString("userId", request.UserId);
        }

        writer.WriteString("sessionId", request.SessionId);
        writer.WriteStartArray("eventList");
        foreach (var @event in request.EventList)
        {
            writer.WriteStartObject();
            WriteStringIfAny(writer, "eventId", @event.EventId);
            writer.WriteString("eventType", @event.EventType);
            if (@event.EventValue is { } eventValue)
            {
                writer.WriteNumber("eventValue", eventValue);
            }

            WriteStringIfAny(writer, "itemId", @event.ItemId);
            WriteStringIfAny(writer, "properties", @event.Properties);
            var milliseconds = @event.SentAt.ToUnixTimeMilliseconds();
            if (milliseconds % 1000 == 0)
            {
                writer.WriteNumber("sentAt", milliseconds / 1000);
            }
            else
            {
                writer.WriteNumber("sentAt", milliseconds / 1000m);
            }

            WriteStringIfAny(writer, "recommendationId", @event.RecommendationId);
            if (@event.Impression is not null)
            {
                writer.WriteStartArray("impression");
                foreach (var itemId in @event.Impression)
                {
                    writer.WriteStringValue(itemId);
                }

                writer.WriteEndArray();
            }

            if (@event.MetricAttribution is not null)
            {
                writer.WriteStartObject("metricAttribution");
                writer.WriteString("eventAttributionSource", @event.MetricAttribution.EventAttributionSource);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStringIfAny(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string SentAtText(long milliseconds)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (milliseconds % 1000 == 0)
            {
                writer.WriteNumberValue(milliseconds / 1000);
            }
            else
            {
                writer.WriteNumberValue(milliseconds / 1000m);
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
