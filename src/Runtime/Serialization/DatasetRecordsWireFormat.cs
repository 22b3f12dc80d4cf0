using System.Buffers;
using System.Collections.Generic;

namespace SchemaGen.Serialization;

/// <summary>
/// The rest-json bodies of PutItems, PutUsers and PutActions (and of PutActionInteractions): member names as in the
/// service model and in its order, optional members left out when null, <c>properties</c> as a JSON string holding
/// the object, <c>timestamp</c> as a JSON number of epoch seconds.
/// </summary>
internal static class DatasetRecordsWireFormat
{
    /// <summary>Writes <c>{"datasetArn":…,"items":[{"itemId":…,"properties":…},…]}</c> as UTF-8 into <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, DatasetRecordShape shape, string datasetArn, IReadOnlyList<IDatasetRecord> records)
    {
        var body = new Utf8BodyWriter(output);
        body.WriteRaw("{\"datasetArn\":"u8);
        body.WriteString(datasetArn);
        body.WriteRaw(shape.ListOpening);
        for (var i = 0; i < records.Count; i++)
        {
            if (i > 0)
            {
                body.WriteRaw(","u8);
            }

            var record = records[i];
            body.WriteRaw(shape.RecordOpening);
            body.WriteString(record.Id);
            if (record.Properties is not null)
            {
                body.WriteRaw(",\"properties\":"u8);
                body.WriteString(record.Properties);
            }

            body.WriteRaw("}"u8);
        }

        body.WriteRaw("]}"u8);
        body.Complete();
    }

    /// <summary>Writes the body of a PutActionInteractions request as UTF-8 into <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, PutActionInteractionsRequest request)
    {
        var body = new Utf8BodyWriter(output);
        body.WriteRaw("{\"trackingId\":"u8);
        body.WriteString(request.TrackingId);
        body.WriteRaw(",\"actionInteractions\":["u8);
        var interactions = request.ActionInteractions;
        for (var i = 0; i < interactions.Count; i++)
        {
            if (i > 0)
            {
                body.WriteRaw(","u8);
            }

            Write(ref body, interactions[i]);
        }

        body.WriteRaw("]}"u8);
        body.Complete();
    }

    private static void Write(ref Utf8BodyWriter body, ActionInteraction interaction)
    {
        body.WriteRaw("{\"actionId\":"u8);
        body.WriteString(interaction.ActionId);
        if (interaction.UserId is not null)
        {
            body.WriteRaw(",\"userId\":"u8);
            body.WriteString(interaction.UserId);
        }

        body.WriteRaw(",\"sessionId\":"u8);
        body.WriteString(interaction.SessionId);
        body.WriteRaw(",\"timestamp\":"u8);
        body.WriteSentAt(interaction.Timestamp);
        body.WriteRaw(",\"eventType\":"u8);
        body.WriteString(interaction.EventType);
        if (interaction.EventId is not null)
        {
            body.WriteRaw(",\"eventId\":"u8);
            body.WriteString(interaction.EventId);
        }

        if (interaction.RecommendationId is not null)
        {
            body.WriteRaw(",\"recommendationId\":"u8);
            body.WriteString(interaction.RecommendationId);
        }

        if (interaction.Impression is { } impression)
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

        if (interaction.Properties is not null)
        {
            body.WriteRaw(",\"properties\":"u8);
            body.WriteString(interaction.Properties);
        }

        body.WriteRaw("}"u8);
    }
}
