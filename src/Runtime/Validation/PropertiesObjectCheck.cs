using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace SchemaGen.Validation;

/// <summary>
/// The shape the service gives <c>properties</c> (<c>EventPropertiesJSON</c>): one flat JSON object whose values are
/// strings, numbers, booleans or null, each key once, none of the keys that have members of their own. The
/// library's own reader (<see cref="Serialization.PropertiesReader"/>) accepts exactly this shape, so what the
/// validator lets through can always be read back.
/// </summary>
internal static class PropertiesObjectCheck
{
    /// <param name="errors">Receives the problem found, naming <paramref name="member"/>.</param>
    /// <param name="member">The path of the <c>properties</c> member checked.</param>
    /// <param name="properties">The <c>properties</c> string.</param>
    /// <param name="forbidsMemberKeys">
    /// Whether the call forbids the keys of its record's own members (PutEvents, PutActionInteractions); PutItems,
    /// PutUsers and PutActions forbid none.
    /// </param>
    public static void Check(List<ValidationError> errors, MemberName member, string properties, bool forbidsMemberKeys = true)
    {
        // Encoded into pooled buffers: validating a valid request allocates nothing per event.
        var json = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(properties.Length));
        // Unescaped keys seen so far, back to back; an unescaped key is never longer than the JSON holding it.
        var keys = ArrayPool<byte>.Shared.Rent(json.Length);
        var keyEnds = ArrayPool<int>.Shared.Rent(json.Length / 4 + 1);
        try
        {
            var length = Encoding.UTF8.GetBytes(properties, 0, properties.Length, json, 0);
            var problem = FindProblem(new ReadOnlySpan<byte>(json, 0, length), keys, keyEnds, forbidsMemberKeys);
            if (problem is not null)
            {
                errors.Add(new ValidationError(member.ToString(), problem));
            }
        }
        catch (JsonException exception)
        {
            errors.Add(new ValidationError(member.ToString(), "is not valid JSON: " + exception.Message));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(keyEnds);
            ArrayPool<byte>.Shared.Return(keys);
            ArrayPool<byte>.Shared.Return(json);
        }
    }

    private static string? FindProblem(ReadOnlySpan<byte> json, byte[] keys, int[] keyEnds, bool forbidsMemberKeys)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "is not a JSON object";
        }

        var keyCount = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (forbidsMemberKeys && ForbiddenKey(ref reader) is { } forbidden)
            {
                return "holds the key '" + forbidden + "', which the service forbids in properties (send it as the request's or event's own member)";
            }

            var keyStart = keyCount == 0 ? 0 : keyEnds[keyCount - 1];
            if (IndexOfKey(ref reader, keys, keyEnds, keyCount) >= 0)
            {
                return "holds the key '" + reader.GetString() + "' twice; each key may appear once";
            }

            var keyLength = reader.CopyString(new Span<byte>(keys, keyStart, keys.Length - keyStart));
            keyEnds[keyCount++] = keyStart + keyLength;

            reader.Read();
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var kind = reader.TokenType == JsonTokenType.StartObject ? "an object" : "an array";
                return "holds " + kind + " under '" + Encoding.UTF8.GetString(keys, keyStart, keyLength)
                    + "'; properties is a flat object whose values are strings, numbers, booleans or null";
            }
        }

        return reader.TokenType != JsonTokenType.EndObject || reader.Read() ? "is not a single JSON object" : null;
    }

    private static int IndexOfKey(ref Utf8JsonReader reader, byte[] keys, int[] keyEnds, int keyCount)
    {
        var start = 0;
        for (var i = 0; i < keyCount; i++)
        {
            if (reader.ValueTextEquals(new ReadOnlySpan<byte>(keys, start, keyEnds[i] - start)))
            {
                return i;
            }

            start = keyEnds[i];
        }

        return -1;
    }

    /// <summary>The longest forbidden key: a longer key cannot be one.</summary>
    private static readonly int MaxForbiddenKeyLength = LongestForbiddenKey();

    /// <summary>The key at the reader when the service forbids it, else null; plain ASCII keys are compared in place.</summary>
    private static string? ForbiddenKey(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            var key = reader.GetString()!;
            foreach (var forbidden in PersonalizeLimits.ForbiddenPropertiesKeys)
            {
                if (string.Equals(key, forbidden, StringComparison.OrdinalIgnoreCase))
                {
                    return key;
                }
            }

            return null;
        }

        var bytes = reader.ValueSpan;
        if (bytes.Length > MaxForbiddenKeyLength)
        {
            return null;
        }

        foreach (var forbidden in PersonalizeLimits.ForbiddenPropertiesKeys)
        {
            if (AsciiEqualsIgnoreCase(bytes, forbidden))
            {
                return Encoding.UTF8.GetString(bytes.ToArray());
            }
        }

        return null;
    }

    private static int LongestForbiddenKey()
    {
        var longest = 0;
        foreach (var key in PersonalizeLimits.ForbiddenPropertiesKeys)
        {
            longest = Math.Max(longest, key.Length);
        }

        return longest;
    }

    private static bool AsciiEqualsIgnoreCase(ReadOnlySpan<byte> utf8, string ascii)
    {
        if (utf8.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            // Setting bit 0x20 lower-cases ASCII letters; the forbidden keys are letters only.
            if ((utf8[i] | 0x20) != (ascii[i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }
}
