using System;

namespace SchemaGen.Serialization;

/// <summary>
/// Writes a JSON string value as UTF-8 with the escapes of <see cref="JsonEscapes"/>, in one pass: a long value's
/// plain ASCII start is copied in one step, and every other character is escaped or encoded where it stands. Used
/// for the PutEvents body, whose double-encoded <c>properties</c> is mostly escapes (every key and value of the
/// inner object is quoted): a general writer would ask its encoder once per escaped character.
/// </summary>
internal static class Utf8JsonString
{
    /// <summary>The most bytes <paramref name="length"/> characters take quoted: six per character (a <c>\uXXXX</c> escape) and the quotes.</summary>
    public static int MaxQuotedLength(int length) => 2 + (6 * length);

    /// <summary>Writes <paramref name="text"/>, quoted and escaped, into <paramref name="destination"/>; returns the bytes written.</summary>
    internal static int WriteQuoted(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var at = 0;
        destination[at++] = (byte)'"';
        var i = 0;
#if NET8_0_OR_GREATER
        // Long ids and names are plain ASCII from end to end: one vectorized search and one narrowing copy. Short
        // ones are done sooner by the loop below, and anything else goes on character by character from the first
        // that needs a look, which for properties, a quote every few characters, costs less than searching again.
        if (text.Length >= JsonEscapes.ShortText)
        {
            var plain = text.IndexOfAnyExcept(PlainAscii);
            i = plain < 0 ? text.Length : plain;
            System.Text.Ascii.FromUtf16(text.Slice(0, i), destination.Slice(at), out _);
            at += i;
        }
#endif
        for (; i < text.Length; i++)
        {
            var character = text[i];
            if (character < 0x80)
            {
                if (character >= 0x20 && character != '"' && character != '\\')
                {
                    destination[at++] = (byte)character;
                }
                else if (character >= 0x20)
                {
                    // The quote and the backslash, the escapes properties are full of: a backslash before them.
                    destination[at++] = (byte)'\\';
                    destination[at++] = (byte)character;
                }
                else
                {
                    at += WriteAscii(JsonEscapes.Of(character)!, destination.Slice(at));
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

#if NET8_0_OR_GREATER
    // Printable ASCII but the two JSON escapes: what is copied without a second look.
    private static readonly System.Buffers.SearchValues<char> PlainAscii = System.Buffers.SearchValues.Create(PlainAsciiCharacters());

    private static char[] PlainAsciiCharacters()
    {
        var characters = new System.Collections.Generic.List<char>();
        for (var c = (char)0x20; c < 0x7F; c++)
        {
            if (!JsonEscapes.IsRequired(c))
            {
                characters.Add(c);
            }
        }

        return characters.ToArray();
    }
#endif

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
