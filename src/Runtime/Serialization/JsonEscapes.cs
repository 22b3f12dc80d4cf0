using System;

namespace SchemaGen.Serialization;

/// <summary>
/// The escapes SchemaGen writes in JSON strings, and only where JSON requires one: <c>"</c>, <c>\</c> and the
/// controls U+0000–U+001F (short forms where JSON has them). One table for both JSON writers, so the
/// <c>Utf8JsonWriter</c> path and the text path write the same characters.
/// </summary>
internal static class JsonEscapes
{
    /// <summary>The digits of a <c>\uXXXX</c> escape, upper case as the framework's encoders write them.</summary>
    internal const string HexDigits = "0123456789ABCDEF";

    // Below this many characters a plain loop finds the first one faster than a vectorized search sets itself up:
    // most property values (ids, categories, numbers) are this short.
    internal const int ShortText = 16;

    private static readonly string[] Controls = CreateControls();

    /// <summary>Whether JSON requires <paramref name="character"/> to be escaped.</summary>
    public static bool IsRequired(char character) => character < 0x20 || character is '"' or '\\';

    /// <summary>The escape of <paramref name="character"/>, or null when it is written as itself.</summary>
    public static string? Of(int character) => character switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        < 0x20 and >= 0 => Controls[character],
        _ => null,
    };

    /// <summary>The index of the first character JSON requires to be escaped, or -1.</summary>
    public static int IndexOfRequired(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        return text.IndexOfAny(Required);
#else
        for (var i = 0; i < text.Length; i++)
        {
            if (IsRequired(text[i]))
            {
                return i;
            }
        }

        return -1;
#endif
    }

    /// <summary>
    /// <see cref="IndexOfRequiredOrSurrogate"/>, and the <c>|</c> that separates the values of a multi-value: -1
    /// when a multi-value's element can be copied as it is.
    /// </summary>
    public static int IndexOfRequiredSurrogateOrSeparator(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        if (text.Length >= ShortText)
        {
            return text.IndexOfAny(RequiredSurrogateOrSeparator);
        }
#endif
        return IndexOfRequiredOrSurrogateByLoop(text, withSeparator: true);
    }

    /// <summary>
    /// The index of the first character that needs a second look before it is written: one JSON requires to be
    /// escaped, or a surrogate (fine only in a pair); -1 when the text can be copied as it is.
    /// </summary>
    public static int IndexOfRequiredOrSurrogate(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        if (text.Length >= ShortText)
        {
            return text.IndexOfAny(RequiredOrSurrogate);
        }
#endif
        return IndexOfRequiredOrSurrogateByLoop(text, withSeparator: false);
    }

    /// <summary>
    /// Copies <paramref name="text"/> into <paramref name="destination"/> when no character of it needs a second look
    /// (<see cref="IndexOfRequiredOrSurrogate"/>, and the separator when <paramref name="orSeparator"/>); false, with
    /// part of it copied, when one does. A short text is checked as it is copied: one pass instead of a search and a copy.
    /// </summary>
    public static bool TryCopyPlain(ReadOnlySpan<char> text, Span<char> destination, bool orSeparator)
    {
        if (text.Length >= ShortText)
        {
            if ((orSeparator ? IndexOfRequiredSurrogateOrSeparator(text) : IndexOfRequiredOrSurrogate(text)) >= 0)
            {
                return false;
            }

            text.CopyTo(destination);
            return true;
        }

        // One look-up per ASCII character instead of a comparison for each character it might be.
        var stops = orSeparator ? NeedsEscape | IsSeparator : NeedsEscape;
        var ascii = AsciiKinds;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (character < ascii.Length ? (ascii[character] & stops) != 0 : char.IsSurrogate(character))
            {
                return false;
            }

            destination[i] = character;
        }

        return true;
    }

    private const byte NeedsEscape = 1;
    private const byte IsSeparator = 2;

    /// <summary>For each ASCII character, whether JSON requires it escaped and whether it separates multi-values.</summary>
    private static readonly byte[] AsciiKinds = CreateAsciiKinds();

    private static byte[] CreateAsciiKinds()
    {
        var kinds = new byte[128];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = (byte)((IsRequired((char)c) ? NeedsEscape : 0) | (c == FieldFormat.MultiValueSeparator ? IsSeparator : 0));
        }

        return kinds;
    }

    /// <summary>The plain search behind both of the above: short texts, and frameworks without vectorized sets.</summary>
    private static int IndexOfRequiredOrSurrogateByLoop(ReadOnlySpan<char> text, bool withSeparator)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (IsRequired(character) || char.IsSurrogate(character) || (withSeparator && character == FieldFormat.MultiValueSeparator))
            {
                return i;
            }
        }

        return -1;
    }

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> Required = System.Buffers.SearchValues.Create(RequiredCharacters(withSurrogates: false));

    private static readonly System.Buffers.SearchValues<char> RequiredOrSurrogate = System.Buffers.SearchValues.Create(RequiredCharacters(withSurrogates: true));

    private static readonly System.Buffers.SearchValues<char> RequiredSurrogateOrSeparator = System.Buffers.SearchValues.Create(RequiredCharacters(withSurrogates: true, withSeparator: true));

    private static char[] RequiredCharacters(bool withSurrogates, bool withSeparator = false)
    {
        var characters = new System.Collections.Generic.List<char> { '"', '\\' };
        if (withSeparator)
        {
            characters.Add(FieldFormat.MultiValueSeparator);
        }

        for (var c = 0; c < 0x20; c++)
        {
            characters.Add((char)c);
        }

        for (var c = 0xD800; withSurrogates && c <= 0xDFFF; c++)
        {
            characters.Add((char)c);
        }

        return characters.ToArray();
    }
#endif

    private static string[] CreateControls()
    {
        var controls = new string[0x20];
        for (var c = 0; c < controls.Length; c++)
        {
            controls[c] = c switch
            {
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u00" + HexDigits[c >> 4] + HexDigits[c & 0xF],
            };
        }

        return controls;
    }
}
