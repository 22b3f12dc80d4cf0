using System;
using System.Text.Json;

namespace SchemaGen.Serialization;

/// <summary>
/// Unix time in seconds, the unit of TIMESTAMP and <c>sentAt</c>. Milliseconds are never sent as the number:
/// a sub-second part becomes a fraction of a second, as the AWS SDKs send it.
/// </summary>
public static class EpochSeconds
{
    /// <summary>Whole seconds since 1970-01-01T00:00:00Z, rounded down.</summary>
    public static long From(DateTimeOffset value) => value.ToUnixTimeSeconds();

    /// <summary>
    /// Whole seconds since 1970-01-01T00:00:00Z. A <see cref="DateTimeKind.Local"/> value is converted to UTC;
    /// an <see cref="DateTimeKind.Unspecified"/> one is taken as UTC already.
    /// </summary>
    public static long From(DateTime value) => ToDateTimeOffset(value).ToUnixTimeSeconds();

    /// <summary>The UTC instant <paramref name="seconds"/> after the epoch.</summary>
    public static DateTimeOffset ToDateTimeOffset(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

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
