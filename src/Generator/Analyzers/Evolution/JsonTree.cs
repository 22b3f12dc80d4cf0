using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SchemaGen.Generator.Analyzers.Evolution;

/// <summary>
/// Reads JSON text into plain values — <c>Dictionary&lt;string, object?&gt;</c> for objects, <c>List&lt;object?&gt;</c> for
/// arrays, <c>string</c>, <c>double</c>, <c>bool</c> and null — for the shipped Avro schemas an analyzer reads.
/// Analyzers cannot load System.Text.Json in every host, so this small reader stands in for it.
/// </summary>
internal static class JsonTree
{
    /// <returns>The value, or null with <paramref name="problem"/> saying what is wrong and where.</returns>
    public static object? Parse(string text, out string? problem)
    {
        var reader = new Reader(text);
        try
        {
            reader.SkipWhitespace();
            var value = reader.Value(depth: 0);
            reader.SkipWhitespace();
            if (!reader.AtEnd)
            {
                throw reader.Error("unexpected text after the JSON value");
            }

            problem = null;
            return value;
        }
        catch (JsonProblem error)
        {
            problem = error.Message;
            return null;
        }
    }

    private sealed class JsonProblem(string message) : System.Exception(message);

    private sealed class Reader(string text)
    {
        // Far deeper than any Avro schema; a guard against a file that is deep on purpose.
        private const int MaxDepth = 64;

        private int _position;

        public bool AtEnd => _position >= text.Length;

        public JsonProblem Error(string what)
        {
            var line = 1;
            var column = 1;
            for (var i = 0; i < _position && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return new JsonProblem("it is not valid JSON: " + what + " at line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture));
        }

        public void SkipWhitespace()
        {
            while (!AtEnd && text[_position] is ' ' or '\t' or '\r' or '\n')
            {
                _position++;
            }
        }

        public object? Value(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error("nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture));
            }

            if (AtEnd)
            {
                throw Error("a value is expected");
            }

            switch (text[_position])
            {
                case '{':
                    return Object(depth);
                case '[':
                    return Array(depth);
                case '"':
                    return String();
                case 't':
                    return Word("true", true);
                case 'f':
                    return Word("false", false);
                case 'n':
                    return Word("null", null);
                default:
                    return Number();
            }
        }

        private Dictionary<string, object?> Object(int depth)
        {
            var members = new Dictionary<string, object?>(System.StringComparer.Ordinal);
            _position++;
            SkipWhitespace();
            if (Take('}'))
            {
                return members;
            }

            while (true)
            {
                SkipWhitespace();
                if (AtEnd || text[_position] != '"')
                {
                    throw Error("a member name is expected");
                }

                var name = String();
                SkipWhitespace();
                if (!Take(':'))
                {
                    throw Error("':' is expected after \"" + name + "\"");
                }

                SkipWhitespace();
                var value = Value(depth + 1);
                if (members.ContainsKey(name))
                {
                    throw Error("the member \"" + name + "\" appears twice");
                }

                members.Add(name, value);
                SkipWhitespace();
                if (Take('}'))
                {
                    return members;
                }

                if (!Take(','))
                {
                    throw Error("',' or '}' is expected");
                }
            }
        }

        private List<object?> Array(int depth)
        {
            var items = new List<object?>();
            _position++;
            SkipWhitespace();
            if (Take(']'))
            {
                return items;
            }

            while (true)
            {
                SkipWhitespace();
                items.Add(Value(depth + 1));
                SkipWhitespace();
                if (Take(']'))
                {
                    return items;
                }

                if (!Take(','))
                {
                    throw Error("',' or ']' is expected");
                }
            }
        }

        private string String()
        {
            var value = new StringBuilder();
            _position++;
            while (true)
            {
                if (AtEnd)
                {
                    throw Error("a string is not closed");
                }

                var c = text[_position++];
                if (c == '"')
                {
                    return value.ToString();
                }

                if (c < ' ')
                {
                    throw Error("a control character in a string");
                }

                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }

                if (AtEnd)
                {
                    throw Error("a string is not closed");
                }

                var escaped = text[_position++];
                switch (escaped)
                {
                    case '"': value.Append('"'); break;
                    case '\\': value.Append('\\'); break;
                    case '/': value.Append('/'); break;
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'n': value.Append('\n'); break;
                    case 'r': value.Append('\r'); break;
                    case 't': value.Append('\t'); break;
                    case 'u' when _position + 4 <= text.Length
                        && int.TryParse(text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                        value.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        throw Error("an invalid escape in a string");
                }
            }
        }

        private object? Word(string word, object? value)
        {
            if (string.CompareOrdinal(text, _position, word, 0, word.Length) != 0)
            {
                throw Error("a value is expected");
            }

            _position += word.Length;
            return value;
        }

        private double Number()
        {
            var start = _position;
            while (!AtEnd && text[_position] is '-' or '+' or '.' or 'e' or 'E' or (>= '0' and <= '9'))
            {
                _position++;
            }

            if (start == _position || !double.TryParse(text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                _position = start;
                throw Error("a value is expected");
            }

            return number;
        }

        private bool Take(char expected)
        {
            if (!AtEnd && text[_position] == expected)
            {
                _position++;
                return true;
            }

            return false;
        }
    }
}
