namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>The schema of the guide's walk-through, declared as users declare it; its Avro JSON is what CreateSchema gets.</summary>
[InteractionsSchema]
public partial class GuideInteraction
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public string EventType { get; set; } = "";
    public float? EventValue { get; set; }
    public int? NumberOfRatings { get; set; }
    public long Timestamp { get; set; }
}

/// <summary>A schema with a metadata field that must hold a value in every event.</summary>
[InteractionsSchema]
public partial class DeviceInteraction
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public long Timestamp { get; set; }
    public string EventType { get; set; } = "";
    [Categorical]
    public string Device { get; set; } = "";
    public string? Impression { get; set; }
}
