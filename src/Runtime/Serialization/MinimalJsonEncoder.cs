using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;

namespace SchemaGen.Serialization;

/// <summary>
/// Escapes only what JSON requires: <c>"</c>, <c>\</c> and U+0000 to U+001F. Every other character, emoji and
/// other characters beyond the Basic Multilingual Plane included, is written as is, so the text the service
/// receives is the text that was counted against its length limits (the framework's relaxed encoder would still
/// turn one emoji into a twelve-character escape). The bodies go to an API, never into HTML or script, where
/// the framework's encoders' extra escaping matters. Lone surrogates never get here: writers refuse them first.
/// </summary>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    public static readonly MinimalJsonEncoder Instance = new();

    private MinimalJsonEncoder()
    {
    }

    /// <summary><c>\u001F</c>, the longest escape.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is >= 0xD800 and <= 0xDFFF || (unicodeScalar is >= 0 and < 0x10000 && JsonEscapes.IsRequired((char)unicodeScalar));

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        // What JSON requires escaped, and surrogates, which are fine in pairs only: one search finds both.
        var span = new ReadOnlySpan<char>(text, textLength);
        var offset = 0;
        while (true)
        {
            var found = JsonEscapes.IndexOfRequiredOrSurrogate(span.Slice(offset));
            if (found < 0)
            {
                return -1;
            }

            var index = offset + found;
            if (!char.IsHighSurrogate(span[index]) || index + 1 >= span.Length || !char.IsLowSurrogate(span[index + 1]))
            {
                return index;
            }

            offset = index + 2;
        }
    }

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<byte> BytesToInspect = System.Buffers.SearchValues.Create(InspectedBytes());

    private static byte[] InspectedBytes()
    {
        var bytes = new List<byte> { (byte)'"', (byte)'\\' };
        for (var b = 0; b < 0x20; b++)
        {
            bytes.Add((byte)b);
        }

        for (var b = 0x80; b <= 0xFF; b++)
        {
            bytes.Add((byte)b);
        }

        return bytes.ToArray();
    }
#endif

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
#if NET8_0_OR_GREATER
        var first = utf8Text.IndexOfAny(BytesToInspect);
        if (first < 0)
        {
            return -1;
        }

        if (utf8Text[first] < 0x80)
        {
            return first;
        }

        // Leave multi-byte sequences to the framework's validating path: only malformed UTF-8 is encoded.
        var rest = base.FindFirstCharacterToEncodeUtf8(utf8Text.Slice(first));
        return rest < 0 ? -1 : first + rest;
#else
        for (var i = 0; i < utf8Text.Length; i++)
        {
            var value = utf8Text[i];
            if (value < 0x20 || value is (byte)'"' or (byte)'\\')
            {
                return i;
            }

            if (value >= 0x80)
            {
                // Leave multi-byte sequences to the framework's validating path: only malformed UTF-8 is encoded.
                return base.FindFirstCharacterToEncodeUtf8(utf8Text.Slice(i)) is var rest and >= 0 ? i + rest : -1;
            }
        }

        return -1;
#endif
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escape = JsonEscapes.Of(unicodeScalar);
        if (escape is null)
        {
            return TryWriteScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }

        if (bufferLength < escape.Length)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (var i = 0; i < escape.Length; i++)
        {
            buffer[i] = escape[i];
        }

        numberOfCharactersWritten = escape.Length;
        return true;
    }

    private static unsafe bool TryWriteScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (unicodeScalar < 0x10000)
        {
            if (bufferLength < 1)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            buffer[0] = (char)unicodeScalar;
            numberOfCharactersWritten = 1;
            return true;
        }

        if (bufferLength < 2)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        var offset = unicodeScalar - 0x10000;
        buffer[0] = (char)(0xD800 + (offset >> 10));
        buffer[1] = (char)(0xDC00 + (offset & 0x3FF));
        numberOfCharactersWritten = 2;
        return true;
    }
}
