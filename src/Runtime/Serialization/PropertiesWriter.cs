using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace SchemaGen.Serialization;

/// <summary>
/// Writes <c>properties</c> entries: every value as a JSON string, as the service model's examples send them.
/// Called by generated code; keys are pre-encoded once per field.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PropertiesWriter
{
    /// <summary>Creates a writer with SchemaGen's JSON options over <paramref name="output"/>.</summary>
    public static Utf8JsonWriter CreateJsonWriter(System.Buffers.IBufferWriter<byte> output) => new(output, JsonDefaults.WriterOptions);

    /// <summary>Writes a string value.</summary>
    /// <exception cref="InteractionFormatException">The value holds a lone surrogate, which JSON writers would replace with U+FFFD.</exception>
    public static void WriteString(Utf8JsonWriter writer, JsonEncodedText key, string value)
    {
        EnsureWellFormed(key, value);
        writer.WriteString(key, value);
    }

    /// <inheritdoc cref="WriteString(Utf8JsonWriter, JsonEncodedText, string)"/>
    public static void WriteString(PropertiesTextWriter writer, JsonEncodedText key, string value) => writer.WriteStringMember(key, value);

    /// <summary>Writes an integer as its invariant text, without allocating where the framework allows.</summary>
    public static void WriteInt64(Utf8JsonWriter writer, JsonEncodedText key, long value) => writer.WriteString(key, Format(value, stackalloc char[20]));

    /// <inheritdoc cref="WriteInt64(Utf8JsonWriter, JsonEncodedText, long)"/>
    public static void WriteInt64(PropertiesTextWriter writer, JsonEncodedText key, long value)
    {
#if NET
        writer.WriteInt64Member(key, value);
#else
        writer.WriteMember(key, Format(value, stackalloc char[20]));
#endif
    }

    /// <summary>Writes <c>"true"</c> or <c>"false"</c>.</summary>
    public static void WriteBoolean(Utf8JsonWriter writer, JsonEncodedText key, bool value) => writer.WriteString(key, FieldFormat.Boolean(value));

    /// <inheritdoc cref="WriteBoolean(Utf8JsonWriter, JsonEncodedText, bool)"/>
    public static void WriteBoolean(PropertiesTextWriter writer, JsonEncodedText key, bool value) => writer.WriteMember(key, FieldFormat.Boolean(value).AsSpan());

    /// <summary>Writes the shortest round-trip text of a float; NaN and infinities are refused.</summary>
    public static void WriteSingle(Utf8JsonWriter writer, JsonEncodedText key, float value, string fieldKey) => writer.WriteString(key, Format(value, stackalloc char[32], fieldKey));

    /// <inheritdoc cref="WriteSingle(Utf8JsonWriter, JsonEncodedText, float, string)"/>
    public static void WriteSingle(PropertiesTextWriter writer, JsonEncodedText key, float value, string fieldKey) => writer.WriteMember(key, Format(value, stackalloc char[32], fieldKey));

    /// <summary>Writes the shortest round-trip text of a double; NaN and infinities are refused.</summary>
    public static void WriteDouble(Utf8JsonWriter writer, JsonEncodedText key, double value, string fieldKey) => writer.WriteString(key, Format(value, stackalloc char[32], fieldKey));

    /// <inheritdoc cref="WriteDouble(Utf8JsonWriter, JsonEncodedText, double, string)"/>
    public static void WriteDouble(PropertiesTextWriter writer, JsonEncodedText key, double value, string fieldKey)
    {
#if NET
        if (double.IsFinite(value))
        {
            writer.WriteDoubleMember(key, value);
            return;
        }
#endif
        writer.WriteMember(key, Format(value, stackalloc char[32], fieldKey));
    }

    /// <summary>Writes an instant as epoch seconds.</summary>
    public static void WriteEpochSeconds(Utf8JsonWriter writer, JsonEncodedText key, DateTimeOffset value) => WriteInt64(writer, key, EpochSeconds.From(value));

    /// <summary>Writes a reserved instant held as epoch seconds (CREATION_TIMESTAMP, …), refusing one that is no instant of the years 1 to 9999.</summary>
    /// <exception cref="InteractionFormatException">The value is out of range, as milliseconds are.</exception>
    public static void WriteEpochSeconds(Utf8JsonWriter writer, JsonEncodedText key, long value, string fieldKey) => WriteInt64(writer, key, EpochSeconds.Ensure(value, fieldKey));

    /// <inheritdoc cref="WriteEpochSeconds(Utf8JsonWriter, JsonEncodedText, long, string)"/>
    public static void WriteEpochSeconds(PropertiesTextWriter writer, JsonEncodedText key, long value, string fieldKey) => WriteInt64(writer, key, EpochSeconds.Ensure(value, fieldKey));

    /// <inheritdoc cref="WriteEpochSeconds(Utf8JsonWriter, JsonEncodedText, DateTimeOffset)"/>
    public static void WriteEpochSeconds(PropertiesTextWriter writer, JsonEncodedText key, DateTimeOffset value) => WriteInt64(writer, key, EpochSeconds.From(value));

    /// <summary>Writes an instant as epoch seconds (see <see cref="EpochSeconds.From(DateTime)"/> for the kinds).</summary>
    public static void WriteEpochSeconds(Utf8JsonWriter writer, JsonEncodedText key, DateTime value) => WriteInt64(writer, key, EpochSeconds.From(value));

    /// <inheritdoc cref="WriteEpochSeconds(Utf8JsonWriter, JsonEncodedText, DateTime)"/>
    public static void WriteEpochSeconds(PropertiesTextWriter writer, JsonEncodedText key, DateTime value) => WriteInt64(writer, key, EpochSeconds.From(value));

    /// <summary>Writes the values joined with <c>|</c>, through a pooled buffer rather than a new string.</summary>
    /// <exception cref="InteractionFormatException">A value is null, empty or contains <c>|</c>.</exception>
    public static void WriteJoined(Utf8JsonWriter writer, JsonEncodedText key, IEnumerable<string?> values, string fieldKey)
    {
        var joined = Join(values, fieldKey);
        try
        {
            writer.WriteString(key, joined.WrittenSpan);
        }
        finally
        {
            joined.Dispose();
        }
    }

    /// <inheritdoc cref="WriteJoined(Utf8JsonWriter, JsonEncodedText, IEnumerable{string?}, string)"/>
    public static void WriteJoined(PropertiesTextWriter writer, JsonEncodedText key, IEnumerable<string?> values, string fieldKey)
    {
        switch (values)
        {
            case string?[] array:
                writer.WriteJoinedMember(key, array, fieldKey);
                break;
#if NET
            case List<string?> list:
                writer.WriteJoinedMember(key, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), fieldKey);
                break;
#endif
            default:
                writer.WriteJoinedMember(key, AsList(values, fieldKey), fieldKey);
                break;
        }
    }

    /// <summary>Writes the values of an array joined with <c>|</c>: the overload arrays bind to, indexed without an interface.</summary>
    /// <exception cref="InteractionFormatException">The array is null, or a value is null, empty, contains <c>|</c> or a lone surrogate.</exception>
    public static void WriteJoined(PropertiesTextWriter writer, JsonEncodedText key, string?[] values, string fieldKey) =>
        writer.WriteJoinedMember(key, values ?? throw new InteractionFormatException(fieldKey, "the sequence is null"), fieldKey);

    private static void EnsureWellFormed(JsonEncodedText key, string value)
    {
        if (TextRules.IndexOfLoneSurrogate(value) >= 0)
        {
            // Keys are camelCase field names, plain ASCII, so the encoded key is the key itself.
            TextRules.EnsureWellFormed(value, key.Value);
        }
    }

    private static ReadOnlySpan<char> Format(long value, Span<char> buffer)
    {
#if NET
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        return buffer.Slice(0, written);
#else
        return value.ToString(CultureInfo.InvariantCulture).AsSpan();
#endif
    }

    private static ReadOnlySpan<char> Format(float value, Span<char> buffer, string fieldKey)
    {
#if NET
        if (float.IsFinite(value))
        {
            value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
            return buffer.Slice(0, written);
        }
#endif
        return FieldFormat.Single(value, fieldKey).AsSpan();
    }

    private static ReadOnlySpan<char> Format(double value, Span<char> buffer, string fieldKey)
    {
#if NET
        if (double.IsFinite(value))
        {
            return buffer.Slice(0, RoundTripDouble.Write(value, buffer));
        }
#endif
        return FieldFormat.Double(value, fieldKey).AsSpan();
    }

    /// <summary>The values joined with <c>|</c> in a pooled buffer the caller disposes.</summary>
    private static PooledCharBuffer Join(IEnumerable<string?> values, string fieldKey)
    {
        var list = AsList(values, fieldKey);
        var joined = new PooledCharBuffer(256);
        try
        {
            for (var i = 0; i < list.Count; i++)
            {
                AppendValue(ref joined, list[i], i, fieldKey);
            }

            return joined;
        }
        catch
        {
            joined.Dispose();
            throw;
        }
    }

    /// <summary>Lists and arrays as they are, indexed without the boxed enumerator a foreach over the interface allocates.</summary>
    private static IReadOnlyList<string?> AsList(IEnumerable<string?> values, string fieldKey) => values switch
    {
        IReadOnlyList<string?> list => list,
        null => throw new InteractionFormatException(fieldKey, "the sequence is null"),
        _ => new List<string?>(values),
    };

    private static void AppendValue(ref PooledCharBuffer joined, string? value, int index, string fieldKey)
    {
        FieldFormat.CheckMultiValue(value, index, fieldKey);
        if (index > 0)
        {
            joined.Append(FieldFormat.MultiValueSeparator);
        }

        joined.Append(value!);
    }
}
