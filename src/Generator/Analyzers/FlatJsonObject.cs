using System.Collections.Generic;
using System.Text;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// Reads the keys of a flat JSON object (values: strings, numbers, true, false, null), which is what a PutEvents
/// <c>properties</c> string must hold. Analyzers cannot load System.Text.Json in every host, so this small reader
/// stands in for it.
/// </summary>
internal static class FlatJsonObject
{
    /// <returns>The keys, or null with <paramref name="problem"/> saying what is wrong.</returns>
    public static List<string>? ReadKeys(string text, out string? problem)
    {
        var keys = new List<string>();
        var position = 0;
        problem = null;
        SkipWhitespace(text, ref position);
        if (!Expect(text, ref position, '{'))
        {
            problem = "is not a JSON object";
            return null;
        }

        SkipWhitespace(text, ref position);
        if (Expect(text, ref position, '}'))
        {
            return End(text, position, keys, out problem);
        }

        while (true)
        {
            SkipWhitespace(text, ref position);
            if (ReadString(text, ref position) is not { } key)
            {
                problem = "is not valid JSON: a key is expected at character " + (position + 1);
                return null;
            }

            keys.Add(key);
            SkipWhitespace(text, ref position);
            if (!Expect(text, ref position, ':'))
            {
                problem = "is not valid JSON: ':' is expected after the key '" + key + "'";
                return null;
            }

            SkipWhitespace(text, ref position);
            if (!SkipScalar(text, ref position))
            {
                problem = "is not a flat JSON object: the value of '" + key + "' is not a string, number, boolean or null";
                return null;
            }

            SkipWhitespace(text, ref position);
            if (Expect(text, ref position, '}'))
            {
                return End(text, position, keys, out problem);
            }

            if (!Expect(text, ref position, ','))
            {
                problem = "is not valid JSON: ',' or '}' is expected after the value of '" + key + "'";
                return null;
            }
        }
    }

    private static List<string>? End(string text, int position, List<string> keys, out string? problem)
    {
        SkipWhitespace(text, ref position);
        problem = position == text.Length ? null : "is not valid JSON: text follows the object";
        return problem is null ? keys : null;
    }

    private static bool Expect(string text, ref int position, char expected)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }

        return false;
    }

    private static void SkipWhitespace(string text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\r')
        {
            position++;
        }
    }

    private static string? ReadString(string text, ref int position)
    {
        if (!Expect(text, ref position, '"'))
        {
            return null;
        }

        var value = new StringBuilder();
        while (position < text.Length)
        {
            var character = text[position++];
            if (character == '"')
            {
                return value.ToString();
            }

            if (character == '\\')
            {
                if (position >= text.Length)
                {
                    return null;
                }

                var escaped = text[position++];
                if (escaped == 'u')
                {
                    if (position + 4 > text.Length || !int.TryParse(text.Substring(position, 4), System.Globalization.NumberStyles.HexNumber, null, out var code))
                    {
                        return null;
                    }

                    value.Append((char)code);
                    position += 4;
                    continue;
                }

                value.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => escaped });
                continue;
            }

            value.Append(character);
        }

        return null;
    }

    private static bool SkipScalar(string text, ref int position)
    {
        if (position >= text.Length)
        {
            return false;
        }

        if (text[position] == '"')
        {
            return ReadString(text, ref position) is not null;
        }

        foreach (var literal in new[] { "true", "false", "null" })
        {
            if (string.CompareOrdinal(text, position, literal, 0, literal.Length) == 0)
            {
                position += literal.Length;
                return true;
            }
        }

        var start = position;
        while (position < text.Length && (char.IsDigit(text[position]) || text[position] is '-' or '+' or '.' or 'e' or 'E'))
        {
            position++;
        }

        return position > start;
    }
}
