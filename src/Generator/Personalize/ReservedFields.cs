using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Personalize;

/// <summary>
/// The reserved fields of an Interactions schema: the property names that map to them and the types each allows
/// (their names and PutEvents members are in <c>ReservedFields.Names.cs</c>).
/// </summary>
internal static partial class ReservedFields
{
    /// <summary>Whether PutEvents refuses <paramref name="key"/> inside <c>properties</c> (<see cref="PersonalizeLimits.ForbiddenPropertiesKeys"/>).</summary>
    public static bool IsForbiddenPropertiesKey(string key)
    {
        foreach (var forbidden in PersonalizeLimits.ForbiddenPropertiesKeys)
        {
            if (string.Equals(key, forbidden, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The C# property that a required field's code fix adds: its name and type.</summary>
    public static (string PropertyName, string TypeName) SuggestedProperty(string fieldName) => fieldName switch
    {
        UserId => ("UserId", "string"),
        ItemId => ("ItemId", "string"),
        _ => ("Timestamp", "long"),
    };

    /// <summary>The reserved field a property name maps to, or null for a metadata field.</summary>
    public static string? ForPropertyName(string propertyName) => propertyName switch
    {
        "UserId" => UserId,
        "ItemId" => ItemId,
        "Timestamp" or "SentAt" => Timestamp,
        "EventType" => EventType,
        "EventValue" => EventValue,
        "Impression" => Impression,
        "RecommendationId" => RecommendationId,
        "EventAttributionSource" => EventAttributionSource,
        _ => null,
    };


    /// <summary>
    /// Whether a reserved field may hold a value of this kind; <paramref name="expected"/> describes the allowed
    /// types for the error message. Metadata fields accept every kind.
    /// </summary>
    public static bool Accepts(string fieldName, ValueKind kind, out string expected)
    {
        switch (fieldName)
        {
            case UserId or ItemId or RecommendationId or EventAttributionSource:
                expected = "string";
                return kind == ValueKind.String;
            case EventType:
                expected = "string or an enum";
                return kind is ValueKind.String or ValueKind.Enum;
            case Impression:
                expected = "string or a string sequence";
                return kind is ValueKind.String or ValueKind.StringSequence;
            case Timestamp:
                expected = "long (epoch seconds), DateTimeOffset or DateTime";
                return kind is ValueKind.Int64 or ValueKind.DateTimeOffset or ValueKind.DateTime;
            case EventValue:
                expected = "float or double";
                return kind is ValueKind.Single or ValueKind.Double;
            default:
                expected = string.Empty;
                return true;
        }
    }

    /// <summary>The Avro type of a field: EVENT_VALUE is always <c>float</c>; every other follows its value kind.</summary>
    public static AvroType AvroTypeOf(string fieldName, ValueKind kind)
    {
        if (fieldName == EventValue)
        {
            return AvroType.Float;
        }

        return kind switch
        {
            ValueKind.Boolean => AvroType.Boolean,
            ValueKind.Int32 => AvroType.Int,
            ValueKind.Int64 or ValueKind.DateTime or ValueKind.DateTimeOffset => AvroType.Long,
            ValueKind.Single => AvroType.Float,
            ValueKind.Double => AvroType.Double,
            _ => AvroType.String,
        };
    }
}
