using System.Text.Json;

namespace SchemaGen.Serialization;

/// <summary>
/// Writes <c>eventValue</c>. Most event values are whole numbers (ratings, counts): those are written through the
/// integer formatter, which gives exactly the text the float formatter would (<c>4</c>, <c>-3</c>) at a fraction of
/// its cost; every other value goes through the float formatter.
/// </summary>
internal static class EventValueFormat
{
    // Up to here the float formatter writes whole numbers in full; from 10^7 it switches to exponent notation (1E+07).
    internal const float LargestWrittenAsInteger = 1_000_000f;

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, float value)
    {
        // Within the range the cast is exact, so a value equal to its cast is whole; -0 is written "-0" by the float
        // formatter and is left to it.
        if (value >= -LargestWrittenAsInteger && value <= LargestWrittenAsInteger && (int)value == value
            && !(value == 0 && float.IsNegativeInfinity(1 / value)))
        {
            writer.WriteNumber(name, (int)value);
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }
}
