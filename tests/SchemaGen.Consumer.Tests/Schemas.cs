using System;
using System.Collections.Generic;

namespace SchemaGen.Consumer.Tests;

[InteractionsSchema]
public partial class MovieClick
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public long Timestamp { get; set; }
}

[InteractionsSchema(EventTypes = new[] { "like", "rating" })]
public partial class MovieRating
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public DateTimeOffset Timestamp { get; set; }
    public string EventType { get; set; } = "";
    public float? EventValue { get; set; }
    public int NumRatings { get; set; }
}

public enum Device
{
    Phone,
    Tablet,
}

public static partial class Catalog
{
    [InteractionsSchema(Name = "catalog-views")]
    public partial record struct CatalogView(string UserId, string ItemId, DateTime SentAt, Device? Device, [property: Categorical] IReadOnlyList<string> Genres);
}
