using System.Buffers;

namespace SchemaGen.Serialization;

/// <summary>
/// The rest-json body of PutEvents: member names as in the service model, optional members left out when null,
/// <c>sentAt</c> as a JSON number of epoch seconds, <c>properties</c> as a JSON string holding the object. Names and
/// punctuation are prepared bytes: the shape is fixed, so nothing about it is decided while writing.
/// </summary>
internal static class PutEventsWireFormat
{
    /// <summary>Writes the body of <paramref name="request"/> as UTF-8 into <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, PutEventsRequest request)
    {
        var body = new Utf8BodyWriter(output);
        body.WriteRaw("{\"trackingId\":"u8);
        body.WriteString(request.TrackingId);
        if (request.UserId is not null)
        {
            body.WriteRaw(",\"userId\":"u8);
            body.WriteString(request.UserId);
        }

        body.WriteRaw(",\"sessionId\":"u8);
        body.WriteString(request.SessionId);
        body.WriteRaw(",\"eventList\":["u8);
        // Indexed, not foreach: enumerating through the interface would allocate an enumerator per request.
        var events = request.EventList;
        for (var i = 0; i < events.Count; i++)
        {
            if (i > 0)
            {
                body.WriteRaw(","u8);
            }

            WriteEvent(ref body, events[i]);
        }

        body.WriteRaw("]}"u8);
        body.Complete();
    }

    private static void WriteEvent(ref Utf8BodyWriter body, InteractionEvent @event)
    {
        // eventType is always written, so it opens the object when there is no eventId: the members keep the
        // service model's order either way.
        if (@event.EventId is not null)
        {
            body.WriteRaw("{\"eventId\":"u8);
            body.WriteString(@event.EventId);
            body.WriteRaw(",\"eventType\":"u8);
        }
        else
        {
            body.WriteRaw("{\"eventType\":"u8);
        }

        body.WriteString(@event.EventType);
        if (@event.EventValue is { } eventValue)
        {
            body.WriteRaw(",\"eventValue\":"u8);
            body.WriteEventValue(eventValue);
        }

        if (@event.ItemId is not null)
        {
            body.WriteRaw(",\"itemId\":"u8);
            body.WriteString(@event.ItemId);
        }

        if (@event.Properties is not null)
        {
            body.WriteRaw(",\"properties\":"u8);
            body.WriteString(@event.Properties);
        }

        body.WriteRaw(",\"sentAt\":"u8);
        body.WriteSentAt(@event.SentAt);

        if (@event.RecommendationId is not null)
        {
            body.WriteRaw(",\"recommendationId\":"u8);
            body.WriteString(@event.RecommendationId);
        }

        if (@event.Impression is { } impression)
        {
            body.WriteRaw(",\"impression\":["u8);
            for (var i = 0; i < impression.Count; i++)
            {
                if (i > 0)
                {
                    body.WriteRaw(","u8);
                }

                body.WriteString(impression[i]);
            }

            body.WriteRaw("]"u8);
        }

        if (@event.MetricAttribution is not null)
        {
            body.WriteRaw(",\"metricAttribution\":{\"eventAttributionSource\":"u8);
            body.WriteString(@event.MetricAttribution.EventAttributionSource);
            body.WriteRaw("}"u8);
        }

        body.WriteRaw("}"u8);
    }
}
