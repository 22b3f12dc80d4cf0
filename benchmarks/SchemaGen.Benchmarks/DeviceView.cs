using SchemaGen;

namespace SchemaGen.Benchmarks;

/// <summary>A schema with five metadata fields of different types, beside the seed's rating.</summary>
[InteractionsSchema(EventTypes = new[] { "view" })]
public partial class DeviceView
{
    public string UserId { get; set; } = "";

    public string ItemId { get; set; } = "";

    public long Timestamp { get; set; }

    public string EventType { get; set; } = "";

    [Categorical]
    public string Device { get; set; } = "";

    [Categorical]
    public string Channel { get; set; } = "";

    public double Price { get; set; }

    public int Quantity { get; set; }

    [Categorical]
    public string[] Tags { get; set; } = System.Array.Empty<string>();
}
