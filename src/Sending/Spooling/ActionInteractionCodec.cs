namespace SchemaGen.Spooling;

/// <summary>An action interaction of PutActionInteractions.</summary>
internal sealed class ActionInteractionCodec : RecordCodec<ActionInteraction>
{
    public static readonly ActionInteractionCodec Instance = new();

    public override string Noun => "action interactions";

    protected override RecordKind Kind => RecordKind.ActionInteraction;

    protected override void Write(SpoolWriter writer, ActionInteraction record)
    {
        writer.String(record.ActionId);
        writer.String(record.SessionId);
        writer.Instant(record.Timestamp);
        writer.String(record.EventType);
        writer.String(record.UserId);
        writer.String(record.EventId);
        writer.String(record.RecommendationId);
        writer.Strings(record.Impression);
        writer.String(record.Properties);
        writer.Bool(record.PropertiesFromSchemaWriter);
    }

    protected override ActionInteraction Read(ref SpoolReader reader) =>
        new(reader.String(), reader.String(), reader.Instant(), reader.String())
        {
            UserId = reader.NullableString(),
            EventId = reader.NullableString(),
            RecommendationId = reader.NullableString(),
            Impression = reader.Strings(),
            Properties = reader.NullableString(),
            PropertiesFromSchemaWriter = reader.Bool(),
        };
}
