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

/// <summary>An ECOMMERCE Items schema: its domain's required PRICE and categorical CATEGORY_L1.</summary>
[ItemsSchema(Name = "shop-items", Domain = PersonalizeDomain.Ecommerce)]
public partial class ShopItem
{
    public string ItemId { get; set; } = "";
    public float Price { get; set; }
    [Categorical]
    public string CategoryL1 { get; set; } = "";
}

/// <summary>The same Items schema with a nullable field added: an evolution UpdateDataset takes.</summary>
[ItemsSchema(Name = "shop-items-with-color", Domain = PersonalizeDomain.Ecommerce)]
public partial class ShopItemWithColor
{
    public string ItemId { get; set; } = "";
    public float Price { get; set; }
    [Categorical]
    public string CategoryL1 { get; set; } = "";
    [Categorical]
    public string? Color { get; set; }
}

/// <summary>The same Items schema with a non-nullable field added: an evolution UpdateDataset refuses.</summary>
[ItemsSchema(Name = "shop-items-with-stock", Domain = PersonalizeDomain.Ecommerce)]
public partial class ShopItemWithStock
{
    public string ItemId { get; set; } = "";
    public float Price { get; set; }
    [Categorical]
    public string CategoryL1 { get; set; } = "";
    public int Stock { get; set; }
}

[UsersSchema(Name = "shop-users", Domain = PersonalizeDomain.Ecommerce)]
public partial class ShopUser
{
    public string UserId { get; set; } = "";
    [Categorical]
    public string MembershipLevel { get; set; } = "";
}

[ActionsSchema(Name = "offers")]
public partial class OfferAction
{
    public string ActionId { get; set; } = "";
    public long? Value { get; set; }
    [Categorical]
    public string? MembershipLevel { get; set; }
}

[ActionInteractionsSchema(Name = "offer-events", EventTypes = new[] { "Viewed", "Taken", "Not taken" })]
public partial class OfferInteraction
{
    public string UserId { get; set; } = "";
    public string ActionId { get; set; } = "";
    public long Timestamp { get; set; }
    public string EventType { get; set; } = "";
    [Categorical]
    public string? Channel { get; set; }
}
