using System.Text.Json;
using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.DataPlane;

/// <summary>
/// The members every data-plane record may carry, read as the service model's shapes: <c>properties</c> (a string
/// holding a flat JSON object; for events and action interactions without the keys of their own members) and
/// <c>impression</c> (1 to 25 ids).
/// </summary>
internal static class WireMembers
{
    // Epoch seconds beyond this are milliseconds sent by mistake (a date after the year 5000); the service would
    // store them as a date thousands of years ahead.
    public const double LargestEpochSeconds = 1e11;

    /// <summary>A required timestamp member (<c>sentAt</c>, <c>timestamp</c>): a JSON number of epoch seconds, milliseconds refused by name.</summary>
    public static double EpochSeconds(JsonElement element, string member, string prefix)
    {
        if (!element.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw ServiceError.InvalidInput(prefix + member + " is required.");
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds))
        {
            throw ServiceError.InvalidInput(prefix + member + " must be a JSON number of epoch seconds, not " + value.GetRawText() + ".");
        }

        if (seconds < 0 || seconds > LargestEpochSeconds)
        {
            throw ServiceError.InvalidInput(prefix + member + " " + value.GetRawText() + " is not epoch seconds" + (seconds > LargestEpochSeconds ? " (milliseconds?)" : string.Empty) + "; it is a date from 1970 on, in seconds.");
        }

        return seconds;
    }

    /// <summary>A required list member of 1 to 10 objects: <c>eventList</c>, <c>items</c>, ….</summary>
    public static IReadOnlyList<JsonElement> Records(JsonElement root, string member, string noun)
    {
        if (!root.TryGetProperty(member, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            throw ServiceError.InvalidInput(member + " is required.");
        }

        const int Max = PersonalizeLimits.MaxRecordsPerRequest;
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() < 1 || list.GetArrayLength() > Max)
        {
            throw ServiceError.InvalidInput(member + " must be a list of 1 to " + Max + " " + noun + (list.ValueKind == JsonValueKind.Array ? ", not " + list.GetArrayLength() : string.Empty) + ".");
        }

        var records = new List<JsonElement>();
        foreach (var element in list.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw ServiceError.InvalidInput(member + "[" + records.Count + "] must be an object.");
            }

            records.Add(element);
        }

        return records;
    }

    public static IReadOnlyDictionary<string, JsonElement> Properties(string? text, string prefix, bool forbidsMemberKeys)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (text is null)
        {
            return properties;
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw ServiceError.InvalidInput(prefix + "properties is not valid JSON: " + exception.Message);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw ServiceError.InvalidInput(prefix + "properties must hold a JSON object, not " + root.ValueKind.ToString().ToLowerInvariant() + ".");
        }

        foreach (var property in root.EnumerateObject())
        {
            var forbidden = !forbidsMemberKeys ? null : PersonalizeLimits.ForbiddenPropertiesKeys.FirstOrDefault(key => string.Equals(key, property.Name, StringComparison.OrdinalIgnoreCase));
            if (forbidden is not null)
            {
                throw ServiceError.InvalidInput(prefix + "properties may not hold the key '" + property.Name + "': " + forbidden + " has a member of its own.");
            }

            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                throw ServiceError.InvalidInput(prefix + "properties." + property.Name + " must be a string, number, boolean or null: properties is a flat object.");
            }

            if (!properties.TryAdd(property.Name, property.Value))
            {
                throw ServiceError.InvalidInput(prefix + "properties holds the key '" + property.Name + "' twice.");
            }
        }

        return properties;
    }

    public static IReadOnlyList<string>? Impression(JsonElement element, string prefix, string idNoun)
    {
        if (!element.TryGetProperty("impression", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() < 1 || value.GetArrayLength() > PersonalizeLimits.MaxImpressionItems)
        {
            throw ServiceError.InvalidInput(prefix + "impression must be a list of 1 to " + PersonalizeLimits.MaxImpressionItems + " " + idNoun + " ids.");
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString()!.Length is < PersonalizeLimits.MinIdLength or > PersonalizeLimits.MaxIdLength)
            {
                throw ServiceError.InvalidInput(prefix + "impression[" + items.Count + "] must be an item id of " + PersonalizeLimits.MinIdLength + " to " + PersonalizeLimits.MaxIdLength + " characters.");
            }

            items.Add(item.GetString()!);
        }

        return items;
    }
}
