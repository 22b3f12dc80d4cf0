using System;
using System.Linq;
using CsCheck;
using SchemaGen.Spooling;
using Xunit;

namespace SchemaGen.Spool.Tests;

/// <summary>What a spool keeps of a record reads back as the record, whatever it holds.</summary>
public sealed class RecordCodecTests
{
    // Any UTF-16 text, lone surrogates included: the codec keeps code units as they are.
    private static readonly Gen<string> Text = Gen.Char.Array[0, 40].Select(chars => new string(chars));
    private static readonly Gen<string?> MaybeText = Gen.Frequency((1, Gen.Const((string?)null)), (4, Text.Select(text => (string?)text)));
    private static readonly Gen<DateTimeOffset> Instant = Gen.Select(Gen.Long[0, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay], Gen.Int[-14 * 60, 14 * 60], (ticks, minutes) => new DateTimeOffset(ticks + TimeSpan.TicksPerDay / 2, TimeSpan.FromMinutes(minutes)));
    private static readonly Gen<string[]?> Impression = Gen.Frequency((1, Gen.Const((string[]?)null)), (2, Text.Array[0, 5].Select(values => (string[]?)values)));

    private static readonly Gen<SessionEvent> Events = Gen.Select(Text, MaybeText, Text, Instant, MaybeText, MaybeText, Gen.Frequency((1, Gen.Const((float?)null)), (3, Gen.Float.Select(value => (float?)value))), Gen.Select(MaybeText, Gen.Bool, MaybeText, Impression, MaybeText))
        .Select((session, user, type, sentAt, eventId, itemId, value, rest) => new SessionEvent(session, user, new InteractionEvent(type, sentAt)
        {
            EventId = eventId,
            ItemId = itemId,
            EventValue = value,
            Properties = rest.Item1,
            PropertiesFromSchemaWriter = rest.Item2,
            RecommendationId = rest.Item3,
            Impression = rest.Item4,
            MetricAttribution = rest.Item5 is { } source ? new MetricAttribution(source) : null,
        }));

    private static readonly Gen<ActionInteraction> ActionInteractions = Gen.Select(Text, Text, Instant, Text, MaybeText, MaybeText, MaybeText, Gen.Select(Impression, MaybeText, Gen.Bool))
        .Select((action, session, timestamp, type, user, eventId, recommendation, rest) => new ActionInteraction(action, session, timestamp, type)
        {
            UserId = user,
            EventId = eventId,
            RecommendationId = recommendation,
            Impression = rest.Item1,
            Properties = rest.Item2,
            PropertiesFromSchemaWriter = rest.Item3,
        });

    [Fact]
    public void Events_read_back_as_they_were_written() =>
        Events.Sample(record =>
        {
            var bytes = SessionEventCodec.Instance.Encode(record);
            Assert.True(SessionEventCodec.Instance.TryDecode(bytes, out var back, out var problem), problem);
            Assert.Equal(bytes, SessionEventCodec.Instance.Encode(back));
            Assert.Equal(record.SessionId, back.SessionId);
            Assert.Equal(record.UserId, back.UserId);
            Assert.Equal(record.Event.SentAt, back.Event.SentAt);
            Assert.Equal(record.Event.SentAt.Offset, back.Event.SentAt.Offset);
            Assert.Equal(record.Event.EventValue is { } value ? BitConverter.SingleToInt32Bits(value) : (int?)null, back.Event.EventValue is { } read ? BitConverter.SingleToInt32Bits(read) : null);
            Assert.Equal(record.Event.Properties, back.Event.Properties);
            Assert.Equal(record.Event.PropertiesFromSchemaWriter, back.Event.PropertiesFromSchemaWriter);
            Assert.Equal(record.Event.Impression, back.Event.Impression);
            Assert.Equal(record.Event.MetricAttribution, back.Event.MetricAttribution);
        });

    [Fact]
    public void Action_interactions_and_items_read_back_as_they_were_written()
    {
        ActionInteractions.Sample(record =>
        {
            var bytes = ActionInteractionCodec.Instance.Encode(record);
            Assert.True(ActionInteractionCodec.Instance.TryDecode(bytes, out var back, out var problem), problem);
            Assert.Equal(bytes, ActionInteractionCodec.Instance.Encode(back));
            Assert.Equal((record.ActionId, record.SessionId, record.Timestamp, record.EventType, record.UserId, record.EventId), (back.ActionId, back.SessionId, back.Timestamp, back.EventType, back.UserId, back.EventId));
        });

        Gen.Select(Text, MaybeText, Gen.Bool).Sample((id, properties, fromWriter) =>
        {
            var item = new Item(id, properties) { PropertiesFromSchemaWriter = fromWriter };
            Assert.True(DatasetRecordCodecs.Items.TryDecode(DatasetRecordCodecs.Items.Encode(item), out var back, out var problem), problem);
            Assert.Equal((item.ItemId, item.Properties, item.PropertiesFromSchemaWriter), (back.ItemId, back.Properties, back.PropertiesFromSchemaWriter));
        });
    }

    [Fact]
    public void Bytes_that_are_not_a_record_of_the_kind_are_refused_with_why()
    {
        var item = DatasetRecordCodecs.Items.Encode(new Item("p1", "{\"genre\":\"Drama\"}"));
        Assert.False(DatasetRecordCodecs.Users.TryDecode(item, out _, out var otherKind));
        Assert.Equal("a record of another kind (2), not of users", otherKind);

        Events.Sample(record =>
        {
            var bytes = SessionEventCodec.Instance.Encode(record);
            for (var length = 0; length < bytes.Length; length += Math.Max(1, bytes.Length / 7))
            {
                Assert.False(SessionEventCodec.Instance.TryDecode(bytes.AsSpan(0, length), out _, out var problem));
                Assert.False(string.IsNullOrEmpty(problem));
            }

            Assert.False(SessionEventCodec.Instance.TryDecode(bytes.Append((byte)0).ToArray(), out _, out var longer));
            Assert.Equal("longer than its fields", longer);
        }, iter: 200);
    }
}
