using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace SchemaGen.Serialization;

/// <summary>
/// How field values are written as text, in <c>properties</c> and in bulk-import CSV alike: invariant culture,
/// shortest round-trip floats, lower-case booleans, epoch seconds, <c>|</c>-joined multi-values.
/// Called by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FieldFormat
{
    /// <summary>The separator of multi-valued categorical fields and IMPRESSION.</summary>
    public const char MultiValueSeparator = '|';

    /// <summary>Formats an integer.</summary>
    public static string Int64(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a boolean as <c>true</c> or <c>false</c>, the only forms Personalize accepts.</summary>
    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>The shortest text that reads back as the same float (<c>4f</c> is <c>"4"</c>).</summary>
    /// <exception cref="InteractionFormatException">The value is NaN or infinite, which no schema type can hold.</exception>
    public static string Single(float value, string key)
    {
        if (float.IsNaN(value) || float.IsInfinity(value))
        {
            throw NotFinite(key, value.ToString(CultureInfo.InvariantCulture));
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The shortest text that reads back as the same double.</summary>
    /// <exception cref="InteractionFormatException">The value is NaN or infinite, which no schema type can hold.</exception>
    public static string Double(double value, string key)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw NotFinite(key, value.ToString(CultureInfo.InvariantCulture));
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A double EVENT_VALUE as the Avro <c>float</c> it is stored as: the nearest float, refused when there is none
    /// (beyond ±3.4E+38, or a non-zero value below 1.4E-45 that would arrive as 0). The event and the CSV row use
    /// this one rule, so both carry the same number or both refuse it.
    /// </summary>
    /// <exception cref="InteractionFormatException">The value is NaN, infinite, or out of float's range.</exception>
    public static float NarrowToSingle(double value, string key)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw NotFinite(key, value.ToString(CultureInfo.InvariantCulture));
        }

        var narrowed = (float)value;
        if (float.IsInfinity(narrowed))
        {
            throw new InteractionFormatException(key, "is " + value.ToString("R", CultureInfo.InvariantCulture) + ", beyond the largest Avro float (" + float.MaxValue.ToString("R", CultureInfo.InvariantCulture) + ")");
        }

        if (narrowed == 0 && value != 0)
        {
            throw new InteractionFormatException(key, "is " + value.ToString("R", CultureInfo.InvariantCulture) + ", below the smallest Avro float (" + float.Epsilon.ToString("R", CultureInfo.InvariantCulture) + "); it would arrive as 0");
        }

        return narrowed;
    }

    /// <summary>Joins the values with <c>|</c>.</summary>
    /// <exception cref="InteractionFormatException">A value is null, empty or contains <c>|</c>, so it could not be read back as one value.</exception>
    public static string Join(IEnumerable<string?> values, string key)
    {
        if (values is null)
        {
            throw new InteractionFormatException(key, "the sequence is null");
        }

        var builder = new StringBuilder();
        var index = 0;
        foreach (var value in values)
        {
            CheckMultiValue(value, index, key);
            if (index > 0)
            {
                builder.Append(MultiValueSeparator);
            }

            builder.Append(value);
            index++;
        }

        return builder.ToString();
    }

    /// <summary>Refuses a multi-value element that could not be read back as one value, or is no text.</summary>
    internal static void CheckMultiValue(string? value, int index, string key)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new InteractionFormatException(key, "value " + index.ToString(CultureInfo.InvariantCulture) + " is null or empty; a multi-value holds non-empty values only");
        }

        if (value!.IndexOf(MultiValueSeparator) >= 0)
        {
            throw new InteractionFormatException(key, "value " + index.ToString(CultureInfo.InvariantCulture) + " contains '|', which separates values");
        }

        TextRules.EnsureWellFormed(value, key);
    }

    /// <summary>Splits a <c>|</c>-joined multi-value; the empty string is no values.</summary>
    /// <exception cref="InteractionFormatException">A value between separators is empty (<c>a||b</c>, <c>|a</c>, <c>a|</c>): no multi-value writes one.</exception>
    public static string[] Split(string joined, string key)
    {
        EnsureNoEmptyValue(joined, key);
        return joined.Length == 0 ? Array.Empty<string>() : joined.Split(MultiValueSeparator);
    }

    /// <summary>Refuses a <c>|</c>-joined multi-value with an empty value between separators, without splitting it.</summary>
    /// <exception cref="InteractionFormatException">A value between separators is empty.</exception>
    public static void EnsureNoEmptyValue(string joined, string key)
    {
        var index = 0;
        var valueStart = 0;
        for (var i = 0; i <= joined.Length && joined.Length > 0; i++)
        {
            if (i < joined.Length && joined[i] != MultiValueSeparator)
            {
                continue;
            }

            if (i == valueStart)
            {
                throw new InteractionFormatException(key, "value " + index.ToString(CultureInfo.InvariantCulture) + " of '" + joined + "' is empty; a multi-value holds non-empty values only");
            }

            index++;
            valueStart = i + 1;
        }
    }

    /// <summary>The error for a non-nullable field that holds null at run time.</summary>
    public static InteractionFormatException NullValue(string key) =>
        new(key, "is null, but the field is not nullable");

    private static InteractionFormatException NotFinite(string key, string value) =>
        new(key, "is " + value + "; only finite numbers can be sent (Avro float and double fields hold no NaN or infinity here)");
}
