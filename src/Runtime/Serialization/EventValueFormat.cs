using System;
using System.Buffers.Text;

namespace SchemaGen.Serialization;

/// <summary>
/// Writes <c>eventValue</c>. Most event values are whole numbers (ratings, counts): those are written through the
/// integer formatter, which gives exactly the text the float formatter would (<c>4</c>, <c>-3</c>) at a fraction of
/// its cost; every other value goes through the float formatter, as System.Text.Json's writer formats it.
/// </summary>
internal static class EventValueFormat
{
    // Up to here the float formatter writes whole numbers in full; from 10^7 it switches to exponent notation (1E+07).
    internal const float LargestWrittenAsInteger = 1_000_000f;

    /// <summary>Writes <paramref name="value"/> as a JSON number into at least 32 bytes; returns the bytes written.</summary>
    public static int Write(float value, Span<byte> destination)
    {
        // Within the range the cast is exact, so a value equal to its cast is whole; -0 is written "-0" by the float
        // formatter and is left to it.
        int written;
        if (value >= -LargestWrittenAsInteger && value <= LargestWrittenAsInteger && (int)value == value
            && !(value == 0 && float.IsNegativeInfinity(1 / value)))
        {
            Utf8Formatter.TryFormat((int)value, destination, out written);
            return written;
        }

#if NET
        Utf8Formatter.TryFormat(value, destination, out written);
        return written;
#else
        // Older frameworks' formatters do not give the shortest round-trip text by default; "R" does.
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }

        return text.Length;
#endif
    }
}
