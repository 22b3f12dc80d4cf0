using System;

namespace SchemaGen.Consumer.Tests.Datasets;

// The README's examples of the other dataset types, as a consuming project compiles them.

[ItemsSchema]
public partial class Product
{
    public required string ItemId { get; init; }
    public DateTimeOffset CreationTimestamp { get; init; }
    [Categorical] public string[] Genres { get; init; } = [];
    [Textual] public string? Description { get; init; }
}

[ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]
public partial class StoreItem
{
    public required string ItemId { get; init; }
    public float Price { get; init; }
    [Categorical] public required string CategoryL1 { get; init; }
}

[UsersSchema]
public partial class Shopper
{
    public required string UserId { get; init; }
    [Categorical] public string? MembershipLevel { get; init; }
}

[ActionsSchema]
public partial class Offer
{
    public required string ActionId { get; init; }
    public long? Value { get; init; }
    public DateTimeOffset? ActionExpirationTimestamp { get; init; }
    [Categorical] public string? MembershipLevel { get; init; }
}

[ActionInteractionsSchema(EventTypes = new[] { "Viewed", "Taken", "Not taken" })]
public partial class OfferEvent
{
    public required string UserId { get; init; }
    public required string ActionId { get; init; }
    public DateTimeOffset Timestamp { get; init; }
    public required string EventType { get; init; }
    public int? Attempts { get; init; }
}

[ItemsSchema(Domain = PersonalizeDomain.VideoOnDemand)]
public partial class Film
{
    public required string ItemId { get; init; }
    public long CreationTimestamp { get; init; }
    [Categorical] public required string Genres { get; init; }
}

public enum Shelf { Front, Back, Storage }

/// <summary>An Items schema of every kind of field, for the round trips.</summary>
[ItemsSchema(Name = "catalog-entries")]
public partial class CatalogEntry
{
    public string ItemId { get; set; } = "";
    public DateTimeOffset? CreationTimestamp { get; set; }
    [Categorical] public string Genre { get; set; } = "";
    [Categorical] public string[]? Tags { get; set; }
    [Textual] public string? Description { get; set; }
    public Shelf Shelf { get; set; }
    public int Stock { get; set; }
    public long? Views { get; set; }
    public float Rating { get; set; }
    public double? Price { get; set; }
    public bool InPrint { get; set; }
    public DateTime? Released { get; set; }
}
