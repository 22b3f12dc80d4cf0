using System.Text.Json;
using System.Text.RegularExpressions;
using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.DataPlane;

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
            WireMembers.Properties(members.String("properties", 1, PersonalizeLimits.MaxPropertiesLength), prefix, forbidsMemberKeys: true),
            WireMembers.EpochSeconds(element, "sentAt", prefix),
            members.String("recommendationId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxRecommendationIdLength),
            WireMembers.Impression(element, prefix, "item"),
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
