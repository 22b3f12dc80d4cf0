using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// <c>ToPropertiesJson()</c> writes through <see cref="PropertiesTextWriter"/>, <c>WriteProperties</c> through a
/// <see cref="Utf8JsonWriter"/>; the generated code calls both through the same <see cref="PropertiesWriter"/>
/// methods and they must agree on every value: the same text, or the same refusal naming the same key. The text
/// writer checks short values as it copies them and long ones with a vectorized search, so values of both lengths
/// are drawn, from characters that need escaping, that separate multi-values, that must be paired, and plain ones;
/// and integers of every length and sign.
/// </summary>
public sealed class PropertiesTextWriterDifferentialTests
{
    private const int Cases = 20_000;
    private static readonly JsonEncodedText Key = JsonEncodedText.Encode("genres");

    [Fact]
    public void Text_values_are_written_or_refused_as_the_Utf8JsonWriter_path_does()
    {
        var random = new Random(20261130);
        for (var i = 0; i < Cases; i++)
        {
            var value = RandomText(random);
            AssertSame(
                value,
                writer => PropertiesWriter.WriteString(writer, Key, value),
                writer => PropertiesWriter.WriteString(writer, Key, value));
        }
    }

    [Fact]
    public void Multi_values_are_written_or_refused_as_the_Utf8JsonWriter_path_does()
    {
        var random = new Random(1130);
        for (var i = 0; i < Cases; i++)
        {
            var values = new string?[random.Next(0, 4)];
            for (var v = 0; v < values.Length; v++)
            {
                values[v] = random.Next(40) switch
                {
                    0 => null,
                    1 => string.Empty,
                    _ => RandomText(random),
                };
            }

            var description = string.Join(" / ", values.Select(value => value is null ? "(null)" : "[" + value + "]"));
            var list = new List<string?>(values);
            AssertSame(
                description,
                writer => PropertiesWriter.WriteJoined(writer, Key, values, "genres"),
                writer => PropertiesWriter.WriteJoined(writer, Key, values, "genres"));
            AssertSame(
                description,
                writer => PropertiesWriter.WriteJoined(writer, Key, list, "genres"),
                writer => PropertiesWriter.WriteJoined(writer, Key, list, "genres"));
            AssertSame(
                description,
                writer => PropertiesWriter.WriteJoined(writer, Key, values.Select(value => value), "genres"),
                writer => PropertiesWriter.WriteJoined(writer, Key, values.Select(value => value), "genres"));
        }
    }

    [Fact]
    public void Integers_are_written_as_the_Utf8JsonWriter_path_writes_them()
    {
        var random = new Random(2026);
        var edges = new[] { 0L, 1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, -1, -10, long.MaxValue, long.MinValue };
        var values = edges.Concat(Enumerable.Range(0, Cases).Select(_ => (random.NextInt64() >> random.Next(0, 64)) * (random.Next(2) == 0 ? 1 : -1)));
        foreach (var value in values)
        {
            AssertSame(
                value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                writer => PropertiesWriter.WriteInt64(writer, Key, value),
                writer => PropertiesWriter.WriteInt64(writer, Key, value));
        }
    }

    [Fact]
    public void Values_after_one_that_escapes_to_more_than_its_length_still_fit()
    {
        // Each control becomes six characters; the values after it are written into the room made for them.
        var values = new[] { new string('\u0001', 700), new string('x', 100_000), "tail" };

        AssertSame(
            "700 controls, then 100,000 plain characters",
            writer => PropertiesWriter.WriteJoined(writer, Key, values, "genres"),
            writer => PropertiesWriter.WriteJoined(writer, Key, values, "genres"));
    }

    [Theory]
    [InlineData("a|b")]
    [InlineData("|")]
    [InlineData("a long value with a bar | in it")]
    public void A_multi_value_element_holding_the_separator_is_refused_by_the_text_writer(string element)
    {
        var writer = PropertiesTextWriter.Acquire();
        writer.WriteStartObject();

        var error = Assert.Throws<InteractionFormatException>(() => PropertiesWriter.WriteJoined(writer, Key, new[] { "ok", element }, "genres"));

        Assert.Equal("genres", error.Key);
    }

    /// <summary>Mostly plain ASCII; now and then a quote, backslash, control, bar, non-ASCII letter or surrogate, paired or not.</summary>
    private static string RandomText(Random random)
    {
        // Both sides of the 16 characters where the text writer switches from a loop to a vectorized search.
        var length = random.Next(2) == 0 ? random.Next(1, 16) : random.Next(16, 40);
        var text = new StringBuilder(length + 1);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(30))
            {
                case 0:
                    text.Append('"');
                    break;
                case 1:
                    text.Append('\\');
                    break;
                case 2:
                    text.Append((char)random.Next(0, 0x20));
                    break;
                case 3:
                    text.Append('|');
                    break;
                case 4:
                    text.Append((char)random.Next(0x80, 0xD800));
                    break;
                case 5:
                    text.Append("\uD83D\uDE00");
                    break;
                case 6:
                    text.Append((char)random.Next(0xD800, 0xE000));
                    break;
                default:
                    text.Append((char)random.Next(0x20, 0x7F));
                    break;
            }
        }

        return text.ToString();
    }

    private static void AssertSame(string input, Action<PropertiesTextWriter> writeText, Action<Utf8JsonWriter> writeUtf8)
    {
        var expected = Outcome(() =>
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = PropertiesWriter.CreateJsonWriter(buffer))
            {
                writer.WriteStartObject();
                writeUtf8(writer);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        });
        var actual = Outcome(() =>
        {
            var writer = PropertiesTextWriter.Acquire();
            writer.WriteStartObject();
            writeText(writer);
            writer.WriteEndObject();
            return writer.ToStringAndRelease();
        });

        if (expected != actual)
        {
            Assert.Fail("For " + input + ": expected " + expected + ", got " + actual);
        }
    }

    private static string Outcome(Func<string> write)
    {
        try
        {
            return write();
        }
        catch (InteractionFormatException error)
        {
            return "refused, key " + error.Key;
        }
    }
}
