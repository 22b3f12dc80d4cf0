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
        if (TextRules.IndexOfLoneSurrogate(value) >= 0)
        {
            // Keys are camelCase field names, plain ASCII, so the encoded key is the key itself.
            TextRules.EnsureWellFormed(value, key.Value);
        }

        writer.WriteString(key, value);
    }

    /// <summary>Writes an integer as its invariant text, without allocating where the framework allows.</summary>
    public static void WriteInt64(Utf8JsonWriter writer, JsonEncodedText key, long value)
    {
#if NET
        Span<char> text = stackalloc char[20];
        value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        writer.WriteString(key, text.Slice(0, written));
#else
        writer.WriteString(key, value.ToString(CultureInfo.InvariantCulture));
#endif
    }

    /// <summary>Writes <c>"true"</c> or <c>"false"</c>.</summary>
    public static void WriteBoolean(Utf8JsonWriter writer, JsonEncodedText key, bool value) => writer.WriteString(key, FieldFormat.Boolean(value));

    /// <summary>Writes the shortest round-trip text of a float; NaN and infinities are refused.</summary>
    public static void WriteSingle(Utf8JsonWriter writer, JsonEncodedText key, float value, string fieldKey)
    {
#if NET
        if (float.IsFinite(value))
        {
            Span<char> text = stackalloc char[32];
            value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture);
            writer.WriteString(key, text.Slice(0, written));
            return;
        }
#endif
        writer.WriteString(key, FieldFormat.Single(value, fieldKey));
    }

    /// <summary>Writes the shortest round-trip text of a double; NaN and infinities are refused.</summary>
    public static void WriteDouble(Utf8JsonWriter writer, JsonEncodedText key, double value, string fieldKey)
    {
#if NET
        if (double.IsFinite(value))
        {
            Span<char> text = stackalloc char[32];
            value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture);
            writer.WriteString(key, text.Slice(0, written));
            return;
        }
#endif
        writer.WriteString(key, FieldFormat.Double(value, fieldKey));
    }

    /// <summary>Writes an instant as epoch seconds.</summary>
    public static void WriteEpochSeconds(Utf8JsonWriter writer, JsonEncodedText key, DateTimeOffset value) => WriteInt64(writer, key, EpochSeconds.From(value));

    /// <summary>Writes an instant as epoch seconds (see <see cref="EpochSeconds.From(DateTime)"/> for the kinds).</summary>
    public static void WriteEpochSeconds(Utf8JsonWriter writer, JsonEncodedText key, DateTime value) => WriteInt64(writer, key, EpochSeconds.From(value));

    /// <summary>Writes the values joined with <c>|</c>, through a pooled buffer rather than a new string.</summary>
    /// <exception cref="InteractionFormatException">A value is null, empty or contains <c>|</c>.</exception>
    public static void WriteJoined(Utf8JsonWriter writer, JsonEncodedText key, IEnumerable<string?> values, string fieldKey)
    {
        var joined = new PooledCharBuffer(256);
        try
        {
            switch (values)
            {
                // Indexing lists and arrays avoids the boxed enumerator a foreach over the interface would allocate.
                case IReadOnlyList<string?> list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        AppendValue(ref joined, list[i], i, fieldKey);
                    }

                    break;
                case null:
                    throw new InteractionFormatException(fieldKey, "the sequence is null");
                default:
                    var index = 0;
                    foreach (var value in values)
                    {
                        AppendValue(ref joined, value, index++, fieldKey);
                    }

                    break;
            }

            writer.WriteString(key, joined.WrittenSpan);
        }
        finally
        {
            joined.Dispose();
        }
    }

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
