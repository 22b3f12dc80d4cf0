using System;
using SchemaGen;

namespace SchemaGen.Benchmarks;

[InteractionsSchema(EventTypes = new[] { "like", "rating" })]
public partial class MovieRating
{
    public string UserId { get; set; } = "";

    public string ItemId { get; set; } = "";

    public DateTimeOffset Timestamp { get; set; }

    public string EventType { get; set; } = "";

    public float? EventValue { get; set; }

    public int? NumRatings { get; set; }

    [Categorical]
    public string? Location { get; set; }

    [Categorical]
    public string[] Genres { get; set; } = Array.Empty<string>();
}
