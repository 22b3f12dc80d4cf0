namespace SchemaGen.Spooling;

/// <summary>An event of PutEvents with the session and user its request is for.</summary>
internal sealed class SessionEventCodec : RecordCodec<SessionEvent>
{
    public static readonly SessionEventCodec Instance = new();

    public override string Noun => "events";

    protected override RecordKind Kind => RecordKind.Event;

    protected override void Write(SpoolWriter writer, SessionEvent record)
    {
        var @event = record.Event;
        writer.String(record.SessionId);
        writer.String(record.UserId);
        writer.String(@event.EventType);
        writer.Instant(@event.SentAt);
        writer.String(@event.EventId);
        writer.String(@event.ItemId);
        writer.Single(@event.EventValue);
        writer.String(@event.Properties);
        writer.Bool(@event.PropertiesFromSchemaWriter);
        writer.String(@event.RecommendationId);
        writer.Strings(@event.Impression);
        writer.String(@event.MetricAttribution?.EventAttributionSource);
    }

    protected override SessionEvent Read(ref SpoolReader reader)
    {
        var sessionId = reader.String();
        var userId = reader.NullableString();
        var eventType = reader.String();
        var sentAt = reader.Instant();
        var @event = new InteractionEvent(eventType, sentAt)
        {
            EventId = reader.NullableString(),
            ItemId = reader.NullableString(),
            EventValue = reader.Single(),
            Properties = reader.NullableString(),
            PropertiesFromSchemaWriter = reader.Bool(),
            RecommendationId = reader.NullableString(),
            Impression = reader.Strings(),
            MetricAttribution = reader.NullableString() is { } source ? new MetricAttribution(source) : null,
        };
        return new SessionEvent(sessionId, userId, @event);
    }
}
