using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using SchemaGen.Avro;
using SchemaGen.Generator.Personalize;
using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.DataPlane;

/// <summary>
/// A schema field's value in a data-plane record, checked against the field: its type (a <c>properties</c> value may be
/// a JSON string or the bare value) and the length the guide gives categorical and IMPRESSION values.
/// </summary>
internal static class FieldValues
{
    // Categorical and IMPRESSION values longer than this make an import fail (Developer Guide, limits).
    public const int MaxCategoricalValueLength = 1000;

    /// <summary>
    /// Refuses a categorical or IMPRESSION value over 1,000 characters, naming <paramref name="member"/>. A textual value
    /// has no such limit: the service keeps it and trains on its first 20,000 characters.
    /// </summary>
    public static void CheckLength(string? cell, AvroField field, string member)
    {
        if (cell is null)
        {
            return;
        }

        if ((field.Categorical || field.Name == ReservedFields.Impression) && cell.Length > MaxCategoricalValueLength)
        {
            throw ServiceError.InvalidInput(member + " has " + cell.Length + " characters; a value of " + field.Name + " has at most " + MaxCategoricalValueLength + ", '|' separators included.");
        }
    }

    /// <summary>The field's value from <c>properties</c>, checked against its type, as text; null when absent.</summary>
    public static string? Claim(Dictionary<string, JsonElement> properties, AvroField field, string prefix)
    {
        if (!properties.Remove(field.PropertiesKey, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
        var fits = field.Type switch
        {
            "string" => true,
            "int" => value.ValueKind is JsonValueKind.Number or JsonValueKind.String && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "long" => value.ValueKind is JsonValueKind.Number or JsonValueKind.String && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "float" or "double" => value.ValueKind is JsonValueKind.Number or JsonValueKind.String
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number),
            _ => text is "true" or "false",
        };

        return fits
            ? text
            : throw ServiceError.InvalidInput(prefix + "properties." + field.PropertiesKey + " is " + value.GetRawText() + ", which does not fit field " + field.Name + " of type " + field.Type + ".");
    }

    /// <summary>Refuses a record whose <c>properties</c> held a key no field of the schema claimed, naming the keys it has.</summary>
    /// <param name="unclaimed">What is left of the record's <c>properties</c> once every field took its value.</param>
    /// <param name="prefix">The record's place in the request: <c>items[0].</c>.</param>
    /// <param name="keys">The keys the schema takes in <c>properties</c>.</param>
    public static void RefuseUnclaimed(Dictionary<string, JsonElement> unclaimed, string prefix, IEnumerable<string> keys)
    {
        if (unclaimed.Count > 0)
        {
            throw ServiceError.InvalidInput(prefix + "properties holds '" + unclaimed.Keys.First() + "', which is no field of the dataset's schema; its keys are " + string.Join(", ", keys) + ".");
        }
    }
}
