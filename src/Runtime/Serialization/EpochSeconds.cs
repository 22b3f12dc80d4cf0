using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

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

    /// <summary>Writes <c>sentAt</c>: an integer when the instant is a whole second, else seconds with a millisecond fraction.</summary>
    internal static void Write(Utf8JsonWriter writer, DateTimeOffset value)
    {
        var milliseconds = value.ToUnixTimeMilliseconds();
        if (milliseconds % 1000 == 0)
        {
            writer.WriteNumberValue(milliseconds / 1000);
        }
        else
        {
            writer.WriteNumberValue(milliseconds / 1000m);
        }
    }
}
