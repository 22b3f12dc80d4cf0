using System.Text.Json;

namespace SchemaGen.Serialization;

/// <summary>
/// The rest-json body of PutEvents: member names as in the service model, optional members left out when null,
/// <c>sentAt</c> as a JSON number of epoch seconds, <c>properties</c> as a JSON string holding the object.
/// </summary>
internal static class PutEventsWireFormat
{
    public static void Write(Utf8JsonWriter writer, PutEventsRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString("trackingId", request.TrackingId);
        if (request.UserId is not null)
        {
            writer.WriteString("userId", request.UserId);
        }

        writer.WriteString("sessionId", request.SessionId);
        writer.WritePropertyName("eventList");
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
            writer.WriteString("eventId", @event.EventId);
        }

        writer.WriteString("eventType", @event.EventType);
        if (@event.EventValue is { } eventValue)
        {
            writer.WriteNumber("eventValue", eventValue);
        }

        if (@event.ItemId is not null)
        {
            writer.WriteString("itemId", @event.ItemId);
        }

        if (@event.Properties is not null)
        {
            writer.WriteString("properties", @event.Properties);
        }

        writer.WritePropertyName("sentAt");
        EpochSeconds.Write(writer, @event.SentAt);

        if (@event.RecommendationId is not null)
        {
            writer.WriteString("recommendationId", @event.RecommendationId);
        }

        if (@event.Impression is not null)
        {
            writer.WritePropertyName("impression");
            writer.WriteStartArray();
            foreach (var itemId in @event.Impression)
            {
                writer.WriteStringValue(itemId);
            }

            writer.WriteEndArray();
        }

        if (@event.MetricAttribution is not null)
        {
            writer.WritePropertyName("metricAttribution");
            writer.WriteStartObject();
            writer.WriteString("eventAttributionSource", @event.MetricAttribution.EventAttributionSource);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
