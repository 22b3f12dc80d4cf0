using System;
using System.Globalization;

namespace SchemaGen.Serialization;

/// <summary>
/// What counts as sendable text. Strings are UTF-16; a surrogate that is not half of a pair encodes no character,
/// and JSON or UTF-8 writers would silently replace it with U+FFFD, so it is refused wherever text leaves.
/// Lengths are counted in UTF-16 code units (see <see cref="PersonalizeLimits"/>).
/// </summary>
internal static class TextRules
{
    /// <summary>The index of the first surrogate that is not half of a pair, or -1 when the text is well-formed.</summary>
    public static int IndexOfLoneSurrogate(string text)
    {
        var start = FirstSurrogate(text);
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < text.Length; i++)
        {
            var character = text[i];
            if (char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(character))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the text holds a character outside the Basic Multilingual Plane (a surrogate pair).</summary>
    public static bool HasSurrogates(string text) => FirstSurrogate(text) >= 0;

    /// <summary>What is wrong with text holding a lone surrogate, or null when the text is well-formed.</summary>
    public static string? LoneSurrogateProblem(string text)
    {
        var index = IndexOfLoneSurrogate(text);
        return index < 0
            ? null
            : "holds a lone surrogate U+" + ((int)text[index]).ToString("X4", CultureInfo.InvariantCulture)
              + " at index " + index.ToString(CultureInfo.InvariantCulture)
              + ", which is no character; only well-formed Unicode text can be sent";
    }

    /// <summary>Refuses text holding a lone surrogate, naming <paramref name="key"/>.</summary>
    /// <exception cref="InteractionFormatException">The text holds a lone surrogate.</exception>
    public static void EnsureWellFormed(string text, string key)
    {
        if (LoneSurrogateProblem(text) is { } problem)
        {
            throw new InteractionFormatException(key, problem);
        }
    }

    /// <summary>
    /// A length as an error message gives it: "characters" for text without surrogate pairs, else the UTF-16 code
    /// units that are counted and the characters a reader sees, so 129 emoji are not puzzlingly "258 characters".
    /// </summary>
    public static string DescribeLength(string text) =>
        HasSurrogates(text)
            ? text.Length.ToString(CultureInfo.InvariantCulture) + " UTF-16 code units long ("
              + CountCharacters(text).ToString(CultureInfo.InvariantCulture) + " characters, some outside the Basic Multilingual Plane)"
            : text.Length.ToString(CultureInfo.InvariantCulture) + (text.Length == 1 ? " character long" : " characters long");

    /// <summary>The unit a limit on <paramref name="text"/> is stated in, matching <see cref="DescribeLength"/>.</summary>
    public static string LimitUnit(string text) => HasSurrogates(text) ? "UTF-16 code units" : "characters";

    private static int CountCharacters(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

#if NET8_0_OR_GREATER
    // A vectorized search; IndexOfAnyInRange would do the same but allocates on every call on some runtimes.
    private static readonly System.Buffers.SearchValues<char> Surrogates = System.Buffers.SearchValues.Create(SurrogateRange());

    private static char[] SurrogateRange()
    {
        var range = new char[0xE000 - 0xD800];
        for (var i = 0; i < range.Length; i++)
        {
            range[i] = (char)(0xD800 + i);
        }

        return range;
    }
#endif

    private static int FirstSurrogate(string text)
    {
#if NET8_0_OR_GREATER
        return text.AsSpan().IndexOfAny(Surrogates);
#else
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
#endif
    }
}
