using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>The one-pass properties writer writes what Utf8JsonWriter with SchemaGen's encoder writes, for every character.</summary>
public sealed class Utf8JsonStringTests
{
    [Fact]
    public void Every_character_and_pair_is_written_as_the_writers_encoder_writes_it()
    {
        for (var code = 0; code <= 0xFFFF; code++)
        {
            if (code is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            AssertSameAsWriter("a" + (char)code + "\"b");
        }

        AssertSameAsWriter("{\"emoji\":\"😀\",\"clef\":\"𝄞\",\"tab\":\"\t\",\"nul\":\"\0\"}");
        AssertSameAsWriter(string.Empty);
    }

    private static void AssertSameAsWriter(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonDefaults.WriterOptions))
        {
            writer.WriteStringValue(text);
        }

        var destination = new byte[2 + (6 * text.Length)];
        var length = Utf8JsonString.WriteQuoted(text.AsSpan(), destination);

        Assert.Equal(Encoding.UTF8.GetString(buffer.WrittenSpan), Encoding.UTF8.GetString(destination, 0, length));
    }
}
