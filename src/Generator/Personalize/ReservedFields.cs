using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Personalize;

/// <summary>
/// The reserved fields as the generator maps them: the property names that map to them and the C# types each allows
/// (their names, Avro types and PutEvents members are in <c>ReservedFields.Names.cs</c>).
/// </summary>
internal static partial class ReservedFields
{
    /// <summary>Whether PutEvents and PutActionInteractions refuse <paramref name="key"/> inside <c>properties</c> (<see cref="PersonalizeLimits.ForbiddenPropertiesKeys"/>).</summary>
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
    public static (string PropertyName, string TypeName) SuggestedProperty(string fieldName, string? avroType)
    {
        var key = FieldNaming.ToPropertiesKey(fieldName);
        var propertyName = key.Length == 0 ? fieldName : char.ToUpperInvariant(key[0]) + key.Substring(1);
        return (propertyName, avroType is "long" or "float" ? avroType : "string");
    }

    /// <summary>The reserved field a property name maps to beyond its own name's field (<c>SentAt</c> is TIMESTAMP), or null.</summary>
    public static string? ForPropertyName(string propertyName, DatasetType dataset) =>
        propertyName == "SentAt" && dataset.IsReserved(Timestamp) ? Timestamp : null;

    /// <summary>
    /// Whether a field of <paramref name="dataset"/> whose type is fixed as <paramref name="avroType"/> may hold a value
    /// of this kind; <paramref name="expected"/> describes the allowed types for the error message.
    /// </summary>
    public static bool Accepts(DatasetType dataset, string fieldName, string avroType, ValueKind kind, out string expected)
    {
        switch (avroType)
        {
            // An action interaction's event type is one of three texts, one of which has a space no enum member can hold.
            case "string" when fieldName == EventType && dataset == DatasetType.ActionInteractions:
                expected = "string (Viewed, Taken or Not taken)";
                return kind == ValueKind.String;
            case "long" when IsEpochSeconds(fieldName):
                expected = "long (epoch seconds), DateTimeOffset or DateTime";
                return kind is ValueKind.Int64 or ValueKind.DateTimeOffset or ValueKind.DateTime;
            case "long":
                expected = "long";
                return kind == ValueKind.Int64;
            case "float":
                expected = "float or double";
                return kind is ValueKind.Single or ValueKind.Double;
            case "string" when fieldName is EventType or Type:
                expected = "string or an enum";
                return kind is ValueKind.String or ValueKind.Enum;
            case "string" when fieldName == Impression:
                expected = "string or a string sequence";
                return kind is ValueKind.String or ValueKind.StringSequence;
            case "string" when fieldName is UserId or ItemId or ActionId or RecommendationId or EventAttributionSource:
                expected = "string";
                return kind == ValueKind.String;
            default:
                // A domain's string fields: categorical ones may hold several values, as any categorical field.
                expected = "string, a string sequence or an enum";
                return kind is ValueKind.String or ValueKind.StringSequence or ValueKind.Enum;
        }
    }

    /// <summary>The Avro type of a value kind, for a field whose type is not fixed as <c>float</c>.</summary>
    public static AvroType AvroTypeOf(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => AvroType.Boolean,
        ValueKind.Int32 => AvroType.Int,
        ValueKind.Int64 or ValueKind.DateTime or ValueKind.DateTimeOffset => AvroType.Long,
        ValueKind.Single => AvroType.Float,
        ValueKind.Double => AvroType.Double,
        _ => AvroType.String,
    };
}
