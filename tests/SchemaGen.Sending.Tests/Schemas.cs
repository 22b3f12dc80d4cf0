using System;

namespace SchemaGen.Sending.Tests;

[InteractionsSchema(EventTypes = new[] { "like", "rating" })]
public partial class MovieRating
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public DateTimeOffset Timestamp { get; set; }
    public string EventType { get; set; } = "";
    public float? EventValue { get; set; }
    public int? NumRatings { get; set; }
}

/// <summary>No EVENT_TYPE field and no declared types: every event's type is the caller's.</summary>
[InteractionsSchema]
public partial class PageView
{
    public string UserId { get; set; } = "";
    public string ItemId { get; set; } = "";
    public long Timestamp { get; set; }
}

[ItemsSchema]
public partial class Product
{
    public string ItemId { get; set; } = "";
    [Categorical] public string Genre { get; set; } = "";
    public int Version { get; set; }
}

[UsersSchema]
public partial class Shopper
{
    public string UserId { get; set; } = "";
    [Categorical] public string? MembershipLevel { get; set; }
}

[ActionsSchema]
public partial class Offer
{
    public string ActionId { get; set; } = "";
    public long? Value { get; set; }
    [Categorical] public string? MembershipLevel { get; set; }
}

[ActionInteractionsSchema(EventTypes = new[] { "Viewed", "Taken", "Not taken" })]
public partial class OfferEvent
{
    public string UserId { get; set; } = "";
    public string ActionId { get; set; } = "";
    public DateTimeOffset Timestamp { get; set; }
    public string EventType { get; set; } = "";
}
