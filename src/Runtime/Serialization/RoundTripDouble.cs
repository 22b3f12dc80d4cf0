#if NET
using System;
using System.Globalization;

namespace SchemaGen.Serialization;

/// <summary>
/// The shortest text that reads back as the same double, what the float formatter writes for <c>"R"</c>, found
/// without it for the values properties mostly hold: prices, ratings, measures with a few decimals. Those are
/// written from their digits as integers, at a fraction of the float formatter's cost; every other value goes to it.
/// </summary>
internal static class RoundTripDouble
{
    // Up to six decimals; the value times 10^6 must stay below 10^15, so its decimal has at most 15 significant
    // digits. Every such decimal reads as a double no other one of them reads as (a double holds 15 decimal digits),
    // so when one reads back as the value, none shorter does, and it is the shortest text.
    private const int MostDecimals = 6;
    private const double DecimalScale = 1e6;
    private const double BelowScaled = 1e15;

    // Below 10^-4 the float formatter writes an exponent (1E-05); the digits path stops before it.
    private const double SmallestWithoutExponent = 1e-4;

    /// <summary>Writes the finite <paramref name="value"/> into at least 32 characters; returns the characters written.</summary>
    public static int Write(double value, Span<char> destination)
    {
        if (TryWriteDecimal(value, destination, out var written))
        {
            return written;
        }

        value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
        return written;
    }

    internal static bool TryWriteDecimal(double value, Span<char> destination, out int written)
    {
        written = 0;
        var magnitude = Math.Abs(value);
        var scaled = Math.Round(magnitude * DecimalScale);

        // The product is within a quarter of the integer below 10^15, so rounding finds the decimal's digits; the
        // division is correctly rounded, so equality proves that decimal reads back as the value. Zero and -0 are
        // left to the float formatter, as are NaN and the infinities, which fail every comparison here.
        if (!(magnitude >= SmallestWithoutExponent && scaled < BelowScaled && scaled / DecimalScale == magnitude))
        {
            return false;
        }

        // The whole part is the value's floor: below 10^9 doubles lie closer together than 10^-6, so a decimal just
        // under a whole number never reads as that number. The fraction's digits are then an exact difference of
        // integers, which costs less than dividing the 64-bit digits.
        var floor = Math.Floor(magnitude);
        var whole = (uint)floor;
        var fraction = (uint)(scaled - (floor * DecimalScale));

        var at = 0;
        if (value < 0)
        {
            destination[at++] = '-';
        }

        at += WriteWhole(whole, destination.Slice(at));
        if (fraction != 0)
        {
            // All six decimals two at a time, then the trailing zeros dropped: comparing characters costs less than
            // the chain of divisions that would count them first.
            destination[at] = '.';
            var high = fraction / 10_000;
            var rest = fraction - (high * 10_000);
            var middle = rest / 100;
            WritePair(high, destination, at + 1);
            WritePair(middle, destination, at + 3);
            WritePair(rest - (middle * 100), destination, at + 5);
            at += 1 + MostDecimals;
            while (destination[at - 1] == '0')
            {
                at--;
            }
        }

        written = at;
        return true;
    }

    /// <summary>
    /// The digits of a number below 10^9, two at a time from the last: the general integer formatter's setup costs
    /// more here.
    /// </summary>
    private static int WriteWhole(uint number, Span<char> destination)
    {
        var length = number < 10 ? 1 : number < 100 ? 2 : number < 1_000 ? 3 : number < 10_000 ? 4 : number < 100_000 ? 5
            : number < 1_000_000 ? 6 : number < 10_000_000 ? 7 : number < 100_000_000 ? 8 : 9;
        var at = length;
        while (number >= 100)
        {
            var next = number / 100;
            at -= 2;
            WritePair(number - (next * 100), destination, at);
            number = next;
        }

        if (number >= 10)
        {
            WritePair(number, destination, at - 2);
        }
        else
        {
            destination[at - 1] = (char)('0' + number);
        }

        return length;
    }

    /// <summary>The two digits of a number below 100.</summary>
    private static void WritePair(uint pair, Span<char> destination, int at)
    {
        var tens = pair / 10;
        destination[at] = (char)('0' + tens);
        destination[at + 1] = (char)('0' + (pair - (tens * 10)));
    }
}
#endif
