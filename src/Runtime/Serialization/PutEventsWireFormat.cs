using System.Text.Json;

namespace SchemaGen.Serialization;

/// <summary>
/// The rest-json body of PutEvents: member names as in the service model, optional members left out when null,
/// <c>sentAt</c> as a JSON number of epoch seconds, <c>properties</c> as a JSON string holding the object.
/// </summary>
internal static class PutEventsWireFormat
{
    // Member names encoded once: writing them then skips escaping checks and transcoding on every request.
    private static readonly JsonEncodedText Name_eventAttributionSource = JsonEncodedText.Encode("eventAttributionSource");
    private static readonly JsonEncodedText Name_eventId = JsonEncodedText.Encode("eventId");
    private static readonly JsonEncodedText Name_eventList = JsonEncodedText.Encode("eventList");
    private static readonly JsonEncodedText Name_eventType = JsonEncodedText.Encode("eventType");
    private static readonly JsonEncodedText Name_eventValue = JsonEncodedText.Encode("eventValue");
    private static readonly JsonEncodedText Name_impression = JsonEncodedText.Encode("impression");
    private static readonly JsonEncodedText Name_itemId = JsonEncodedText.Encode("itemId");
    private static readonly JsonEncodedText Name_metricAttribution = JsonEncodedText.Encode("metricAttribution");
    private static readonly JsonEncodedText Name_properties = JsonEncodedText.Encode("properties");
    private static readonly JsonEncodedText Name_recommendationId = JsonEncodedText.Encode("recommendationId");
    private static readonly JsonEncodedText Name_sentAt = JsonEncodedText.Encode("sentAt");
    private static readonly JsonEncodedText Name_sessionId = JsonEncodedText.Encode("sessionId");
    private static readonly JsonEncodedText Name_trackingId = JsonEncodedText.Encode("trackingId");
    private static readonly JsonEncodedText Name_userId = JsonEncodedText.Encode("userId");

    public static void Write(Utf8JsonWriter writer, PutEventsRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString(Name_trackingId, request.TrackingId);
        if (request.UserId is not null)
        {
            writer.WriteString(Name_userId, request.UserId);
        }

        writer.WriteString(Name_sessionId, request.SessionId);
        writer.WritePropertyName(Name_eventList);
        writer.WriteStartArray();
        foreach (var @event in request.EventList)
        {
            WriteEvent(writer, @event);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteEvent(Utf8JsonWriter writer, InteractionEvent @event)
    {
        writer.WriteStartObject();
        if (@event.EventId is not null)
        {
            writer.WriteString(Name_eventId, @event.EventId);
        }

        writer.WriteString(Name_eventType, @event.EventType);
        if (@event.EventValue is { } eventValue)
        {
            EventValueFormat.Write(writer, Name_eventValue, eventValue);
        }

        if (@event.ItemId is not null)
        {
            writer.WriteString(Name_itemId, @event.ItemId);
        }

        if (@event.Properties is not null)
        {
            writer.WritePropertyName(Name_properties);
            Utf8JsonString.WriteValue(writer, @event.Properties);
        }

        writer.WritePropertyName(Name_sentAt);
        EpochSeconds.Write(writer, @event.SentAt);

        if (@event.RecommendationId is not null)
        {
            writer.WriteString(Name_recommendationId, @event.RecommendationId);
        }

        if (@event.Impression is not null)
        {
            writer.WritePropertyName(Name_impression);
            writer.WriteStartArray();
            foreach (var itemId in @event.Impression)
            {
                writer.WriteStringValue(itemId);
            }

            writer.WriteEndArray();
        }

        if (@event.MetricAttribution is not null)
        {
            writer.WritePropertyName(Name_metricAttribution);
            writer.WriteStartObject();
            writer.WriteString(Name_eventAttributionSource, @event.MetricAttribution.EventAttributionSource);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
