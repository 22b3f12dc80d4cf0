using System;
using System.Text.Json;

namespace SchemaGen.Serialization;

/// <summary>
/// Writes a JSON string value as UTF-8 with the escapes of <see cref="JsonEscapes"/>, in one pass, for the one value
/// that is mostly escapes: the double-encoded <c>properties</c>, whose every key and value is quoted. The writer's
/// own path asks the encoder once per escaped character; this one does not.
/// </summary>
internal static class Utf8JsonString
{
    [ThreadStatic]
    private static byte[]? t_buffer;

    /// <summary>Writes <paramref name="value"/> as the next JSON string value of <paramref name="writer"/>.</summary>
    public static void WriteValue(Utf8JsonWriter writer, string value)
    {
        // At most six bytes per UTF-16 character (a \uXXXX escape), plus the quotes. One buffer per thread: the
        // value is copied into the writer before the next call can reuse it.
        var needed = 2 + (6 * value.Length);
        var buffer = t_buffer is { } cached && cached.Length >= needed ? cached : (t_buffer = new byte[Math.Max(needed, 4096)]);
        var length = WriteQuoted(value.AsSpan(), buffer);
        writer.WriteRawValue(new ReadOnlySpan<byte>(buffer, 0, length), skipInputValidation: true);
    }

    /// <summary>Writes <paramref name="text"/>, quoted and escaped, into <paramref name="destination"/>; returns the bytes written.</summary>
    internal static int WriteQuoted(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var at = 0;
        destination[at++] = (byte)'"';
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (character < 0x80)
            {
                if (JsonEscapes.IsRequired(character))
                {
                    at += WriteAscii(JsonEscapes.Of(character)!, destination.Slice(at));
                }
                else
                {
                    destination[at++] = (byte)character;
                }
            }
            else if (character < 0x800)
            {
                destination[at++] = (byte)(0xC0 | (character >> 6));
                destination[at++] = (byte)(0x80 | (character & 0x3F));
            }
            else if (char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(character, text[++i]);
                destination[at++] = (byte)(0xF0 | (scalar >> 18));
                destination[at++] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                destination[at++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                destination[at++] = (byte)(0x80 | (scalar & 0x3F));
            }
            else if (char.IsSurrogate(character))
            {
                // Validation refuses lone surrogates before anything is written; should one get here, it is
                // escaped, since it has no UTF-8 form.
                at += WriteUnicodeEscape(character, destination.Slice(at));
            }
            else
            {
                destination[at++] = (byte)(0xE0 | (character >> 12));
                destination[at++] = (byte)(0x80 | ((character >> 6) & 0x3F));
                destination[at++] = (byte)(0x80 | (character & 0x3F));
            }
        }

        destination[at++] = (byte)'"';
        return at;
    }

    private static int WriteUnicodeEscape(char character, Span<byte> destination)
    {
        destination[0] = (byte)'\\';
        destination[1] = (byte)'u';
        for (var i = 0; i < 4; i++)
        {
            destination[2 + i] = (byte)JsonEscapes.HexDigits[(character >> (12 - (4 * i))) & 0xF];
        }

        return 6;
    }

    private static int WriteAscii(string ascii, Span<byte> destination)
    {
        for (var i = 0; i < ascii.Length; i++)
        {
            destination[i] = (byte)ascii[i];
        }

        return ascii.Length;
    }
}
