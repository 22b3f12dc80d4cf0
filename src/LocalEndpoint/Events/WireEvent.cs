using System.Text.Json;
using System.Text.RegularExpressions;
using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.Events;

/// <summary>
/// One element of a PutEvents <c>eventList</c>, read and checked against the <c>Event</c> shape of the service model
/// personalize-events 2018-03-22: member types, lengths, the <c>properties</c> string holding a flat JSON object
/// without forbidden keys, <c>impression</c>, <c>metricAttribution</c>.
/// </summary>
internal sealed partial record WireEvent(
    string? EventId,
    string EventType,
    double? EventValue,
    string? ItemId,
    IReadOnlyDictionary<string, JsonElement> Properties,
    double SentAt,
    string? RecommendationId,
    IReadOnlyList<string>? Impression,
    string? EventAttributionSource)
{
    // Epoch seconds beyond this are milliseconds sent by mistake (a date after the year 5000); the service would
    // store them as a date thousands of years ahead.
    private const double LargestEpochSeconds = 1e11;

    public static WireEvent Read(JsonElement element, int index)
    {
        var prefix = "eventList[" + index + "].";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw ServiceError.InvalidInput(prefix.TrimEnd('.') + " must be an object.");
        }

        var members = new RequestMembers(element, prefix);
        return new WireEvent(
            members.String("eventId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength),
            members.RequiredString("eventType", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength),
            ReadEventValue(element, prefix),
            members.String("itemId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength),
            ReadProperties(members.String("properties", 1, PersonalizeLimits.MaxPropertiesLength), prefix),
            ReadSentAt(element, prefix),
            members.String("recommendationId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxRecommendationIdLength),
            ReadImpression(element, prefix),
            ReadAttributionSource(element, prefix));
    }

    private static double? ReadEventValue(JsonElement element, string prefix)
    {
        if (!element.TryGetProperty("eventValue", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite((float)number))
        {
            return number;
        }

        throw ServiceError.InvalidInput(prefix + "eventValue must be a finite float, not " + value.GetRawText() + ".");
    }

    private static double ReadSentAt(JsonElement element, string prefix)
    {
        if (!element.TryGetProperty("sentAt", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw ServiceError.InvalidInput(prefix + "sentAt is required.");
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds))
        {
            throw ServiceError.InvalidInput(prefix + "sentAt must be a JSON number of epoch seconds, not " + value.GetRawText() + ".");
        }

        if (seconds < 0 || seconds > LargestEpochSeconds)
        {
            throw ServiceError.InvalidInput(prefix + "sentAt " + value.GetRawText() + " is not epoch seconds" + (seconds > LargestEpochSeconds ? " (milliseconds?)" : string.Empty) + "; it is a date from 1970 on, in seconds.");
        }

        return seconds;
    }

    private static IReadOnlyDictionary<string, JsonElement> ReadProperties(string? text, string prefix)
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
            var forbidden = PersonalizeLimits.ForbiddenPropertiesKeys.FirstOrDefault(key => string.Equals(key, property.Name, StringComparison.OrdinalIgnoreCase));
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

    private static IReadOnlyList<string>? ReadImpression(JsonElement element, string prefix)
    {
        if (!element.TryGetProperty("impression", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() < 1 || value.GetArrayLength() > PersonalizeLimits.MaxImpressionItems)
        {
            throw ServiceError.InvalidInput(prefix + "impression must be a list of 1 to " + PersonalizeLimits.MaxImpressionItems + " item ids.");
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

    private static string? ReadAttributionSource(JsonElement element, string prefix)
    {
        if (!element.TryGetProperty("metricAttribution", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw ServiceError.InvalidInput(prefix + "metricAttribution must be an object.");
        }

        var source = new RequestMembers(value, prefix + "metricAttribution.").RequiredString("eventAttributionSource", 0, PersonalizeLimits.MaxEventAttributionSourceLength);
        return PrintableAscii().IsMatch(source)
            ? source
            : throw ServiceError.InvalidInput(prefix + "metricAttribution.eventAttributionSource must be printable ASCII with at least one character that is not a space.");
    }

    [GeneratedRegex(@"^[\x20-\x7E]*[\x21-\x7E]+[\x20-\x7E]*$")]
    private static partial Regex PrintableAscii();
}
