using System;
using System.Buffers.Text;
using System.ComponentModel;
using System.Globalization;

namespace SchemaGen.Serialization;

/// <summary>
/// Unix time in seconds, the unit of TIMESTAMP and <c>sentAt</c>. Milliseconds are never sent as the number:
/// a sub-second part becomes a fraction of a second, as the AWS SDKs send it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EpochSeconds
{
    /// <summary>0001-01-01T00:00:00Z, the first second a <see cref="DateTimeOffset"/> holds.</summary>
    public const long MinValue = -62135596800L;

    /// <summary>9999-12-31T23:59:59Z, the last second a <see cref="DateTimeOffset"/> holds.</summary>
    public const long MaxValue = 253402300799L;

    /// <summary>Whole seconds since 1970-01-01T00:00:00Z, rounded down.</summary>
    public static long From(DateTimeOffset value) => value.ToUnixTimeSeconds();

    /// <summary>
    /// Whole seconds since 1970-01-01T00:00:00Z. A <see cref="DateTimeKind.Local"/> value is converted to UTC;
    /// an <see cref="DateTimeKind.Unspecified"/> one is taken as UTC already.
    /// </summary>
    public static long From(DateTime value) => ToDateTimeOffset(value).ToUnixTimeSeconds();

    /// <summary>The UTC instant <paramref name="seconds"/> after the epoch.</summary>
    /// <exception cref="InteractionFormatException">
    /// The value is outside <see cref="MinValue"/> to <see cref="MaxValue"/>: no instant, and past year 9999
    /// almost surely milliseconds sent by mistake.
    /// </exception>
    public static DateTimeOffset ToDateTimeOffset(long seconds, string key) =>
        DateTimeOffset.FromUnixTimeSeconds(Ensure(seconds, key));

    /// <summary>Refuses epoch seconds outside the years 1 to 9999, naming <paramref name="key"/>.</summary>
    /// <exception cref="InteractionFormatException">The value is out of range.</exception>
    public static long Ensure(long seconds, string key)
    {
        if (seconds > MaxValue)
        {
            var asMilliseconds = seconds / 1000;
            throw new InteractionFormatException(key, "is " + seconds.ToString(CultureInfo.InvariantCulture)
                + ", which as epoch seconds is after the year 9999; " + key + " is in epoch seconds"
                + (asMilliseconds <= MaxValue
                    ? ", and this looks like milliseconds: " + asMilliseconds.ToString(CultureInfo.InvariantCulture) + " seconds is "
                      + DateTimeOffset.FromUnixTimeSeconds(asMilliseconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                    : string.Empty));
        }

        if (seconds < MinValue)
        {
            throw new InteractionFormatException(key, "is " + seconds.ToString(CultureInfo.InvariantCulture)
                + ", which as epoch seconds is before the year 1; " + key + " is in epoch seconds, from "
                + MinValue.ToString(CultureInfo.InvariantCulture) + " to " + MaxValue.ToString(CultureInfo.InvariantCulture));
        }

        return seconds;
    }

    /// <summary>The UTC <see cref="DateTime"/> <paramref name="seconds"/> after the epoch.</summary>
    public static DateTime ToDateTime(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;

    /// <summary>The instant a <see cref="DateTime"/> stands for, with the rules of <see cref="From(DateTime)"/>.</summary>
    public static DateTimeOffset ToDateTimeOffset(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };

    /// <summary>
    /// Writes <c>sentAt</c> into at least 32 bytes, returning the bytes written: an integer when the instant is a
    /// whole second, else seconds with the millisecond fraction, trailing zeros left out (<c>1553631760.5</c>).
    /// </summary>
    internal static int Write(DateTimeOffset value, Span<byte> destination)
    {
        var milliseconds = value.ToUnixTimeMilliseconds();
        var at = 0;
        if (milliseconds < 0)
        {
            // Before 1970: the sign, then the magnitude's digits (-0.5 for half a second before).
            destination[at++] = (byte)'-';
            milliseconds = -milliseconds;
        }

        Utf8Formatter.TryFormat(milliseconds / 1000, destination.Slice(at), out var secondsLength);
        at += secondsLength;
        var fraction = (int)(milliseconds % 1000);
        if (fraction == 0)
        {
            return at;
        }

        destination[at++] = (byte)'.';
        var digits = 3;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        for (var i = at + digits - 1; i >= at; i--)
        {
            destination[i] = (byte)('0' + (fraction % 10));
            fraction /= 10;
        }

        return at + digits;
    }
}
