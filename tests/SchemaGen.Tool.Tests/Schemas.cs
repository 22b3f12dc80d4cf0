using SchemaGen;

namespace SchemaGen.Tool.Tests;

/// <summary>Schemas this test assembly is built with, so export has an assembly to read.</summary>
[InteractionsSchema(EventTypes = new[] { "like", "rating" }, Name = "movie-ratings")]
public partial class MovieRating
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public long Timestamp { get; set; }
    public string EventType { get; set; } = "";
    public float? EventValue { get; set; }
    public int? NumRatings { get; set; }
    [Categorical] public string? Genres { get; set; }
    [SchemaField("price_usd")] public double PriceUsd { get; set; }
}

[InteractionsSchema]
public partial class MovieClick
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public long Timestamp { get; set; }
}

[ItemsSchema(Name = "catalog")]
public partial class CatalogItem
{
    public string ItemId { get; set; } = "";
    public long? CreationTimestamp { get; set; }
    [Categorical] public string Genres { get; set; } = "";
    [Textual] public string? Description { get; set; }
    public float Price { get; set; }
}

[UsersSchema]
public partial class Shopper
{
    public string UserId { get; set; } = "";
    public int Age { get; set; }
    [Categorical] public string? MembershipLevel { get; set; }
}

[ActionsSchema]
public partial class Offer
{
    public string ActionId { get; set; } = "";
    public long? Value { get; set; }
    [Categorical] public string? Tier { get; set; }
}

[ActionInteractionsSchema]
public partial class OfferEvent
{
    public string UserId { get; set; } = "";
    public string ActionId { get; set; } = "";
    public long Timestamp { get; set; }
    public string EventType { get; set; } = "";
    public string? RecommendationId { get; set; }
}
