using System;
using System.Collections;
using System.Linq;
using System.Text.Json;
using CsCheck;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>
/// Every instance survives instance → event → FromEvent, and instance → PutEvents wire JSON → FromEvent,
/// over generated values: unicode (any plane), quotes, bars, control characters, empty and null values, extreme
/// numbers; and a lone surrogate anywhere is refused on every path rather than sent as U+FFFD.
/// Timestamps are whole seconds, the unit of the schema.
/// </summary>
public sealed class RoundTripTests
{
    [Fact]
    public void Instances_round_trip_through_events() =>
        Instances(maxTextLength: 24).Sample(original =>
        {
            var back = EveryKind.FromEvent(original.ToEvent(), original.UserId);

            AssertSameFields(original, back);
        }, iter: 2000);

    [Fact]
    public void Instances_round_trip_through_the_wire_body() =>
        Instances(maxTextLength: 4).Sample(original =>
        {
            var request = new EveryKind.PutEventsBuilder("tracking-1").Add("session-1", original).Build().Single();

            var (userId, @event) = ParseWireBody(request.ToJson());
            var back = EveryKind.FromEvent(@event, userId);

            AssertSameFields(original, back);
        }, iter: 1000);

    /// <summary>
    /// Validation trusts the properties of an event that generated code created and checks only their length: the
    /// trust holds only if such properties always pass the full check an event built by hand gets.
    /// </summary>
    [Fact]
    public void Generated_properties_pass_the_full_check_that_validation_skips_for_them() =>
        Instances(maxTextLength: 24).Sample(instance =>
        {
            var generated = instance.ToEvent();
            var byHand = new InteractionEvent(generated.EventType, generated.SentAt, "e1", generated.ItemId, generated.EventValue, generated.Properties, generated.RecommendationId, generated.Impression, generated.MetricAttribution);
            var request = new PutEventsRequest("tracking-1", "session-1", new[] { byHand }) { UserId = "u1" };

            // Only the length may fail, and then it fails for the generated event too.
            var errors = request.Validate().Where(error => !error.Message.Contains("the limit is", StringComparison.Ordinal)).ToList();
            Assert.Empty(errors);
        }, iter: 2000);

    [Fact]
    public void ToPropertiesJson_writes_exactly_what_WriteProperties_writes() =>
        Instances(maxTextLength: 24).Sample(instance =>
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = SchemaGen.Serialization.PropertiesWriter.CreateJsonWriter(buffer))
            {
                instance.WriteProperties(writer);
            }

            Assert.Equal(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), instance.ToPropertiesJson());
        }, iter: 2000);

    [Fact]
    public void Csv_rows_have_one_cell_per_header_column() =>
        Instances(maxTextLength: 8, forCsv: true).Sample(instance =>
        {
            var row = instance.ToCsvRow();

            Assert.EndsWith("\n", row, StringComparison.Ordinal);
            Assert.Equal(EveryKind.CsvHeader.Split(',').Length, CountCells(row.TrimEnd('\n')));
        }, iter: 500);

    [Fact]
    public void A_lone_surrogate_anywhere_is_refused_on_every_path_never_replaced() =>
        Gen.Select(Instances(maxTextLength: 8, forCsv: true), Gen.Int[0, LoneSurrogateTargets.Length - 1], Gen.Int[0, 8], LoneSurrogate)
            .Sample((instance, target, position, surrogate) =>
            {
                var member = LoneSurrogateTargets[target](instance, position, surrogate);

                var sending = Assert.ThrowsAny<Exception>(() => new EveryKind.PutEventsBuilder("t").Add("s", instance).Build().Single().ToJson());
                var importing = Assert.Throws<SchemaGen.Serialization.InteractionFormatException>(() => instance.ToCsvRow());

                Assert.True(sending is SchemaGen.Serialization.InteractionFormatException or SchemaGen.Validation.PutEventsValidationException, sending.ToString());
                Assert.Contains("lone surrogate", sending.Message, StringComparison.Ordinal);
                Assert.Contains(member, sending.Message, StringComparison.Ordinal);
                Assert.Contains("lone surrogate", importing.Message, StringComparison.Ordinal);
            }, iter: 1000);

    /// <summary>A surrogate code unit alone: high or low.</summary>
    private static readonly Gen<char> LoneSurrogate = Gen.OneOf(Gen.Char['\uD800', '\uDBFF'], Gen.Char['\uDC00', '\uDFFF']);

    /// <summary>Puts a surrogate into one text member of an instance; returns the name an error gives the member.</summary>
    private static readonly Func<EveryKind, int, char, string>[] LoneSurrogateTargets =
    [
        (instance, position, surrogate) => { instance.UserId = Insert(instance.UserId, position, surrogate); return "userId"; },
        (instance, position, surrogate) => { instance.ItemId = Insert(instance.ItemId, position, surrogate); return "itemId"; },
        (instance, position, surrogate) => { instance.RecommendationId = Insert(instance.RecommendationId ?? "r", position, surrogate); return "recommendationId"; },
        (instance, position, surrogate) => { instance.Impression = [.. instance.Impression ?? ["i"], Insert("i", position, surrogate)]; return "impression"; },
        (instance, position, surrogate) => { instance.Text = Insert(instance.Text, position, surrogate); return "text"; },
        (instance, position, surrogate) => { instance.OptionalText = Insert(instance.OptionalText ?? string.Empty, position, surrogate); return "optionalText"; },
        (instance, position, surrogate) => { instance.Tags = [.. instance.Tags, Insert("t", position, surrogate)]; return "tags"; },
    ];

    private static string Insert(string text, int position, char surrogate) => text.Insert(Math.Min(position, text.Length), surrogate.ToString());

    internal static EveryKind Sample() => new()
    {
        UserId = "u1",
        ItemId = "i1",
        Timestamp = DateTimeOffset.FromUnixTimeSeconds(1700000000),
        EventType = Interaction.Click,
        Text = "t",
        Joined = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    /// <summary>The event with other <c>properties</c>, every other member kept.</summary>
    internal static InteractionEvent WithProperties(InteractionEvent @event, string properties) =>
        new(@event.EventType, @event.SentAt, @event.EventId, @event.ItemId, @event.EventValue, properties, @event.RecommendationId, @event.Impression, @event.MetricAttribution);

    /// <param name="forCsv">
    /// Leave out line breaks (a CSV record is one line) and '|' in item ids (IMPRESSION is '|'-joined in a cell):
    /// both are refused there, as <see cref="EventRulesTests"/> and the runtime tests show.
    /// </param>
    private static Gen<EveryKind> Instances(int maxTextLength, bool forCsv = false)
    {
        var text = Text(0, maxTextLength, lineBreaks: !forCsv, bars: true);
        var id = Text(1, maxTextLength, lineBreaks: !forCsv, bars: !forCsv);
        var value = Text(1, maxTextLength, lineBreaks: !forCsv, bars: false);
        var values = value.Array[0, 4];
        var instant = Gen.Long[-62135596800L, 253402300799L].Select(DateTimeOffset.FromUnixTimeSeconds);
        var single = Gen.OneOf(Gen.Single.Where(float.IsFinite), Gen.OneOf(float.MaxValue, float.MinValue, float.Epsilon, -0f, 0f, 4f, 0.1f));
        var @double = Gen.OneOf(Gen.Double.Where(double.IsFinite), Gen.OneOf(double.MaxValue, double.MinValue, double.Epsilon, -0d, 0.1d));
        var attribution = Gen.Char[' ', '~'].Array[1, 12].Select(chars => new string(chars)).Where(s => s.Trim().Length > 0);

        var reserved = Gen.Select(
            id, id, instant, Gen.Enum<Interaction>(), single.Nullable(), id.Array[1, 25].Null(), id.Null(), attribution.Null(),
            (userId, itemId, timestamp, eventType, eventValue, impression, recommendationId, source) =>
                (userId, itemId, timestamp, eventType, eventValue, impression, recommendationId, source));
        var scalars = Gen.Select(
            text, text.Null(), Gen.Bool, Gen.Bool.Nullable(), Gen.Int, Gen.Short.Nullable(), Gen.Byte, Gen.Long,
            (t, ot, flag, optionalFlag, count, smallCount, level, big) => (t, ot, flag, optionalFlag, count, smallCount, level, big));
        var others = Gen.Select(
            Gen.UInt.Nullable(), single, @double.Nullable(), Gen.Enum<Device>(), Gen.Enum<Device>().Nullable(), instant, instant.Nullable(),
            (unsigned, ratio, precise, device, optionalDevice, joined, lastSeen) => (unsigned, ratio, precise, device, optionalDevice, joined, lastSeen));
        var sequences = Gen.Select(values, values.Select(v => v.ToList()).Null(), values, (tags, genres, labels) => (tags, genres, labels));

        return Gen.Select(reserved, scalars, others, sequences, (r, s, o, q) => new EveryKind
        {
            UserId = r.userId,
            ItemId = r.itemId,
            Timestamp = r.timestamp,
            EventType = r.eventType,
            EventValue = r.eventValue,
            Impression = r.impression,
            RecommendationId = r.recommendationId,
            EventAttributionSource = r.source,
            Text = s.t,
            OptionalText = s.ot,
            Flag = s.flag,
            OptionalFlag = s.optionalFlag,
            Count = s.count,
            SmallCount = s.smallCount,
            Level = s.level,
            Big = s.big,
            Unsigned = o.unsigned,
            Ratio = o.ratio,
            Precise = o.precise,
            Device = o.device,
            OptionalDevice = o.optionalDevice,
            Joined = o.joined.UtcDateTime,
            LastSeen = o.lastSeen,
            Tags = q.tags,
            Genres = q.genres,
            Labels = q.labels,
        });
    }

    /// <summary>Strings mixing ASCII (control characters included), quotes, bars, backslashes, accents, CJK and emoji.</summary>
    internal static Gen<string> Text(int minLength, int maxLength, bool lineBreaks = true, bool bars = true) =>
        Gen.OneOf(
                Gen.Char['\u0000', '\u007F'].Where(c => (lineBreaks || c is not ('\n' or '\r')) && (bars || c != '|')).Select(c => c.ToString()),
                Gen.Char[(bars ? "|" : string.Empty) + (lineBreaks ? "\n\r" : string.Empty) + "\"\\,;{}:\t "].Select(c => c.ToString()),
                Gen.Char['\u00A0', '\u024F'].Select(c => c.ToString()),
                Gen.Char['\u4E00', '\u4FFF'].Select(c => c.ToString()),
                Gen.OneOf("😀", "𝄞", "é", "\u200B", "\u2028", "\uFEFF", "\uFFFF"),
                AstralCharacter)
            .Array[minLength, maxLength]
            .Select(parts => string.Concat(parts));

    /// <summary>Any character beyond the Basic Multilingual Plane: a surrogate pair in .NET strings.</summary>
    private static readonly Gen<string> AstralCharacter = Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32);

    /// <summary>Counts CSV cells, honouring quotes and backslash escapes inside them.</summary>
    internal static int CountCells(string row)
    {
        var cells = 1;
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            switch (row[i])
            {
                case '\\' when quoted:
                    i++;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    cells++;
                    break;
            }
        }

        return cells;
    }

    /// <summary>Reads the single event of a wire body back, as the service would see it.</summary>
    private static (string? UserId, InteractionEvent Event) ParseWireBody(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var e = Assert.Single(root.GetProperty("eventList").EnumerateArray());
        var sentAt = DateTimeOffset.FromUnixTimeMilliseconds((long)(e.GetProperty("sentAt").GetDecimal() * 1000));
        var @event = new InteractionEvent(e.GetProperty("eventType").GetString()!, sentAt)
        {
            EventId = Optional(e, "eventId")?.GetString(),
            EventValue = Optional(e, "eventValue")?.GetSingle(),
            ItemId = Optional(e, "itemId")?.GetString(),
            Properties = Optional(e, "properties")?.GetString(),
            RecommendationId = Optional(e, "recommendationId")?.GetString(),
            Impression = Optional(e, "impression")?.EnumerateArray().Select(item => item.GetString()!).ToArray(),
            MetricAttribution = Optional(e, "metricAttribution") is { } attribution
                ? new MetricAttribution(attribution.GetProperty("eventAttributionSource").GetString()!)
                : null,
        };
        return (Optional(root, "userId")?.GetString(), @event);
    }

    private static JsonElement? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : null;

    private static void AssertSameFields(EveryKind expected, EveryKind actual)
    {
        foreach (var property in typeof(EveryKind).GetProperties().Where(p => p.Name != "Schema"))
        {
            var want = property.GetValue(expected);
            var got = property.GetValue(actual);
            if (want is IEnumerable wantItems and not string && got is IEnumerable gotItems)
            {
                Assert.True(wantItems.Cast<object>().SequenceEqual(gotItems.Cast<object>()), $"{property.Name} differs");
            }
            else
            {
                Assert.True(Equals(want, got), $"{property.Name}: expected <{want}>, got <{got}>");
            }
        }
    }
}
