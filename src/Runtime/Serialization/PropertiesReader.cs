using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SchemaGen.Serialization;

/// <summary>
/// Reads a <c>properties</c> string: a flat JSON object whose values are strings, numbers, booleans or null.
/// Generated readers take each key they know; <see cref="EnsureAllTaken"/> then rejects any key left over.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PropertiesReader
{
    private readonly List<Entry> _entries;

    private PropertiesReader(List<Entry> entries) => _entries = entries;

    /// <summary>Parses <paramref name="json"/>; null or empty means no properties.</summary>
    /// <exception cref="InteractionFormatException">The text is not a flat JSON object, or repeats a key.</exception>
    public static PropertiesReader Parse(string? json)
    {
        var entries = new List<Entry>();
        if (string.IsNullOrEmpty(json))
        {
            return new PropertiesReader(entries);
        }

        // UTF-8 encoding would silently turn a lone surrogate into U+FFFD.
        if (TextRules.LoneSurrogateProblem(json!) is { } problem)
        {
            throw new InteractionFormatException("properties", problem);
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InteractionFormatException("properties", "is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                var value = ReadScalar(ref reader, key);
                foreach (var entry in entries)
                {
                    if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                    {
                        throw new InteractionFormatException(key, "appears twice in properties");
                    }
                }

                entries.Add(new Entry(key, value));
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                throw new InteractionFormatException("properties", "is not a single JSON object");
            }
        }
        catch (JsonException exception)
        {
            throw new InteractionFormatException("properties", "is not valid JSON: " + exception.Message);
        }
        catch (InvalidOperationException exception)
        {
            // An escaped lone surrogate ("\uD800") is valid JSON that no .NET string can be read from.
            throw new InteractionFormatException("properties", "holds an escaped lone surrogate, which is no character: " + exception.Message);
        }

        return new PropertiesReader(entries);
    }

    /// <summary>Takes the raw text of <paramref name="key"/>'s value; false when the key is absent or null.</summary>
    public bool TryTake(string key, out string value)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                entry.Taken = true;
                value = entry.Value!;
                return entry.Value is not null;
            }
        }

        value = string.Empty;
        return false;
    }

    /// <summary>Takes a value that must be present.</summary>
    /// <exception cref="InteractionFormatException">The key is missing or null.</exception>
    public string Take(string key) =>
        TryTake(key, out var value) ? value : throw new InteractionFormatException(key, "is missing from properties, and the field is not nullable");

    /// <summary>Fails on the first key no field took: an unknown key means the schema and the data disagree.</summary>
    /// <exception cref="InteractionFormatException">A key was not taken.</exception>
    public void EnsureAllTaken()
    {
        foreach (var entry in _entries)
        {
            if (!entry.Taken)
            {
                throw new InteractionFormatException(entry.Key, "is not a field of this schema");
            }
        }
    }

    private static string? ReadScalar(ref Utf8JsonReader reader, string key)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                // Some AWS examples send numbers rather than strings; the raw token reads the same either way.
                return Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return null;
            default:
                throw new InteractionFormatException(key, "holds a JSON " + reader.TokenType.ToString().ToLowerInvariant() + "; properties values are strings, numbers or booleans");
        }
    }

    private sealed class Entry
    {
        public Entry(string key, string? value)
        {
            Key = key;
            Value = value;
        }

        public string Key { get; }

        public string? Value { get; }

        public bool Taken { get; set; }
    }
}
