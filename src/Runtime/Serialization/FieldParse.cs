using System;
using System.ComponentModel;
using System.Globalization;

namespace SchemaGen.Serialization;

/// <summary>
/// Parses field values read back from <c>properties</c>, each failure naming the key and the expected form.
/// Called by generated readers.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FieldParse
{
    /// <summary>Parses an integer within <paramref name="min"/>..<paramref name="max"/> (the property type's range).</summary>
    public static long Integer(string text, string key, long min, long max)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new InteractionFormatException(key, "'" + text + "' is not an integer");
        }

        if (value < min || value > max)
        {
            throw new InteractionFormatException(key, value.ToString(CultureInfo.InvariantCulture) + " is outside " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture));
        }

        return value;
    }

    /// <summary>Parses a finite float.</summary>
    public static float Single(string text, string key)
    {
        if (!float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || float.IsNaN(value) || float.IsInfinity(value))
        {
            throw new InteractionFormatException(key, "'" + text + "' is not a finite number");
        }

        return value;
    }

    /// <summary>Parses a finite double.</summary>
    public static double Double(string text, string key)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new InteractionFormatException(key, "'" + text + "' is not a finite number");
        }

        return value;
    }

    /// <summary>Parses <c>true</c> or <c>false</c> (lower-case, as Personalize requires).</summary>
    public static bool Boolean(string text, string key) => text switch
    {
        "true" => true,
        "false" => false,
        _ => throw new InteractionFormatException(key, "'" + text + "' is not true or false"),
    };

    /// <summary>Parses epoch seconds.</summary>
    public static long EpochSeconds(string text, string key) =>
        Serialization.EpochSeconds.Ensure(Integer(text, key, long.MinValue, long.MaxValue), key);

    /// <summary>Parses epoch seconds into the instant they stand for.</summary>
    public static DateTimeOffset Instant(string text, string key) =>
        DateTimeOffset.FromUnixTimeSeconds(EpochSeconds(text, key));

    /// <summary>Parses epoch seconds into a UTC <see cref="DateTime"/>.</summary>
    public static DateTime UtcDateTime(string text, string key) => Instant(text, key).UtcDateTime;

    /// <summary>Checks an event type read back against the schema's declared <c>EventTypes</c> (none declared: any type).</summary>
    /// <exception cref="InteractionFormatException">The event does not carry a type the schema declares.</exception>
    public static string DeclaredEventType(string eventType, string[] declared, string schemaName) =>
        EventMembers.IsDeclared(eventType, declared)
            ? eventType
            : throw new InteractionFormatException("eventType", EventMembers.NotDeclared(eventType, declared, schemaName));

    /// <summary>The error for an enum value name that the enum does not define.</summary>
    public static InteractionFormatException UnknownEnumName(string text, string key, string enumName) =>
        new(key, "'" + text + "' is not a value of " + enumName);

    /// <summary>The error for an enum value that has no name (an undefined or combined value).</summary>
    public static InteractionFormatException UnnamedEnumValue(long value, string key, string enumName) =>
        new(key, "value " + value.ToString(CultureInfo.InvariantCulture) + " of " + enumName + " has no name to send");

    /// <summary>The error for a required event member that is missing.</summary>
    public static InteractionFormatException MissingMember(string member) =>
        new(member, "is missing, and the field is not nullable");
}
