using System.Text.Json.Nodes;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>One call of a walk and what must come of it: success, or the service's exception code.</summary>
public sealed record WalkStep(string Service, string Operation, JsonObject Parameters, string? Error = null)
{
    /// <summary>boto3's name of the operation: <c>PutItems</c> → <c>put_items</c>.</summary>
    public string SnakeCase => string.Concat(Operation.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The AWS CLI's name of the operation: <c>PutItems</c> → <c>put-items</c>.</summary>
    public string KebabCase => SnakeCase.Replace('_', '-');
}

/// <summary>
/// Every dataset type through an official client: an ECOMMERCE dataset group with Items and Users; items and users
/// put, replaced and refused; the Items schema evolved (one refused, one taken); a custom group with Actions and
/// Action interactions. In three batches, the endpoint's clock moved past the activation delay between them, so
/// the first batch meets datasets still being created and the second one being updated.
/// </summary>
public static class DatasetWalk
{
    public const string Shop = "shop";
    public const string Lab = "offers-lab";
    public static readonly TimeSpan ActivationDelay = TimeSpan.FromSeconds(30);

    private const string Arn = "arn:aws:personalize:us-west-2:000000000000:";
    public const string ShopArn = Arn + "dataset-group/" + Shop;
    public const string LabArn = Arn + "dataset-group/" + Lab;
    public const string ItemsArn = Arn + "dataset/" + Shop + "/ITEMS";
    public const string UsersArn = Arn + "dataset/" + Shop + "/USERS";
    public const string ActionsArn = Arn + "dataset/" + Lab + "/ACTIONS";
    public const string ActionInteractionsArn = Arn + "dataset/" + Lab + "/ACTION_INTERACTIONS";

    private static string SchemaArn(string name) => Arn + "schema/" + name;

    /// <summary>Everything created; one put before the datasets are ACTIVE.</summary>
    public static WalkStep[] Create() =>
    [
        Control("CreateDatasetGroup", new() { ["name"] = Shop, ["domain"] = "ECOMMERCE" }),
        Schema("shop-items", ShopItem.AvroSchemaJson, "ECOMMERCE"),
        Schema("shop-items-with-color", ShopItemWithColor.AvroSchemaJson, "ECOMMERCE"),
        Schema("shop-items-with-stock", ShopItemWithStock.AvroSchemaJson, "ECOMMERCE"),
        Schema("shop-users", ShopUser.AvroSchemaJson, "ECOMMERCE"),
        Dataset("shop-items", Shop, "Items", "shop-items"),
        Dataset("shop-users", Shop, "Users", "shop-users"),
        Control("CreateDatasetGroup", new() { ["name"] = Lab }),
        Schema("offers", OfferAction.AvroSchemaJson),
        Schema("offer-events", OfferInteraction.AvroSchemaJson),
        Dataset("offers", Lab, "Actions", "offers"),
        Dataset("offer-events", Lab, "Action_Interactions", "offer-events"),
        Dataset("shop-offers", Shop, "Actions", "offers", "InvalidInputException"),
        Schema("domain-offers", OfferAction.AvroSchemaJson, "ECOMMERCE", "InvalidInputException"),
        PutItems(ItemsArn, "ResourceInUseException", Item("item-1", "{\"price\":\"9.99\",\"categoryL1\":\"shoes\"}")),
    ];

    /// <summary>Items and users put, replaced and refused; the Items schema evolved.</summary>
    public static WalkStep[] Record() =>
    [
        PutItems(ItemsArn, null, Item("item-1", "{\"price\":\"9.99\",\"categoryL1\":\"shoes\"}"), Item("item-2", "{\"price\":\"19.5\",\"categoryL1\":\"hats\"}")),
        PutItems(ItemsArn, null, Item("item-1", "{\"price\":\"12.5\",\"categoryL1\":\"shoes\"}")),
        PutUsers(null, User("user-1", "{\"membershipLevel\":\"gold\"}")),
        PutItems(ItemsArn, "InvalidInputException", Item("item-4", "{\"price\":\"1\",\"categoryL1\":\"shoes\",\"colour\":\"red\"}")),
        PutItems(ItemsArn, "InvalidInputException", Item("item-4", "{\"price\":\"1\"}")),
        PutItems(ItemsArn, "InvalidInputException", Item("item-4", "{\"price\":\"cheap\",\"categoryL1\":\"shoes\"}")),
        PutItems(ItemsArn, "InvalidInputException", Item("item-4", "{\"price\":\"1\",\"categoryL1\":\"" + new string('c', 1001) + "\"}")),
        PutItems(Arn + "dataset/nowhere/ITEMS", "ResourceNotFoundException", Item("item-4", "{\"price\":\"1\",\"categoryL1\":\"shoes\"}")),
        PutItems(UsersArn, "InvalidInputException", Item("item-4", "{\"price\":\"1\",\"categoryL1\":\"shoes\"}")),
        PutUsers("InvalidInputException", User("user-2", "{\"membershipLevel\":\"gold\",\"age\":\"30\"}")),
        PutUsers("InvalidInputException", User("user-2", "{membershipLevel: gold}")),
        Update(ItemsArn, "shop-items-with-stock", "InvalidInputException"),
        Update(UsersArn, "shop-items-with-color", "InvalidInputException"),
        Update(ItemsArn, "shop-items-with-color"),
        PutItems(ItemsArn, "ResourceInUseException", Item("item-3", "{\"price\":\"5\",\"categoryL1\":\"socks\"}")),
        Control("DescribeDataset", new() { ["datasetArn"] = ActionInteractionsArn }),
    ];

    /// <summary>The evolved Items dataset takes its new field; actions and action interactions in the custom group.</summary>
    public static WalkStep[] AfterUpdate(string actionInteractionsTrackingId) =>
    [
        PutItems(ItemsArn, null, Item("item-3", "{\"price\":\"5\",\"categoryL1\":\"socks\",\"color\":\"red\"}")),
        Control("DescribeDataset", new() { ["datasetArn"] = ItemsArn }),
        Events("PutActions", new() { ["datasetArn"] = ActionsArn, ["actions"] = new JsonArray(Record("actionId", "join", "{\"value\":\"100\",\"membershipLevel\":\"gold\"}")) }),
        Events("PutActions", new() { ["datasetArn"] = ActionsArn, ["actions"] = new JsonArray(Record("actionId", "join", "{\"value\":\"150\"}"), Record("actionId", "renew", "{\"value\":\"20\"}")) }),
        Events("PutActionInteractions", new() { ["trackingId"] = actionInteractionsTrackingId, ["actionInteractions"] = new JsonArray(
            ActionInteraction("join", "Viewed", "e-1", "{\"channel\":\"email\"}"), ActionInteraction("join", "Taken", "e-2", null)) }),
        Events("PutActionInteractions", new() { ["trackingId"] = "00000000-0000-0000-0000-000000000000", ["actionInteractions"] = new JsonArray(ActionInteraction("join", "Viewed", "e-3", null)) }, "ResourceNotFoundException"),
        Events("PutActionInteractions", new() { ["trackingId"] = actionInteractionsTrackingId, ["actionInteractions"] = new JsonArray(ActionInteraction("join", "Viewed", "e-4", "{\"timestamp\":\"1\"}")) }, "InvalidInputException"),
    ];

    /// <summary>What each dataset holds after the walk, as bulk-import CSV.</summary>
    public static readonly (string DatasetArn, string Csv)[] ExpectedExports =
    [
        (ItemsArn, "ITEM_ID,PRICE,CATEGORY_L1,COLOR\nitem-1,12.5,shoes,\nitem-2,19.5,hats,\nitem-3,5,socks,red\n"),
        (UsersArn, "USER_ID,MEMBERSHIP_LEVEL\nuser-1,gold\n"),
        (ActionsArn, "ACTION_ID,VALUE,MEMBERSHIP_LEVEL\njoin,150,\nrenew,20,\n"),
        (ActionInteractionsArn, "USER_ID,ACTION_ID,TIMESTAMP,EVENT_TYPE,CHANNEL\nuser-1,join,1719511760,Viewed,email\nuser-1,join,1719511760,Taken,\n"),
    ];

    public const string ShopItemWithColorArn = Arn + "schema/shop-items-with-color";

    private static WalkStep Control(string operation, JsonObject parameters, string? error = null) => new("personalize", operation, parameters, error);

    private static WalkStep Events(string operation, JsonObject parameters, string? error = null) => new("personalize-events", operation, parameters, error);

    private static WalkStep Schema(string name, string schema, string? domain = null, string? error = null)
    {
        var parameters = new JsonObject { ["name"] = name, ["schema"] = schema };
        if (domain is not null)
        {
            parameters["domain"] = domain;
        }

        return Control("CreateSchema", parameters, error);
    }

    private static WalkStep Dataset(string name, string group, string datasetType, string schema, string? error = null) =>
        Control("CreateDataset", new() { ["name"] = name, ["schemaArn"] = SchemaArn(schema), ["datasetGroupArn"] = Arn + "dataset-group/" + group, ["datasetType"] = datasetType }, error);

    private static WalkStep Update(string datasetArn, string schema, string? error = null) =>
        Control("UpdateDataset", new() { ["datasetArn"] = datasetArn, ["schemaArn"] = SchemaArn(schema) }, error);

    private static WalkStep PutItems(string datasetArn, string? error, params JsonObject[] items) =>
        Events("PutItems", new() { ["datasetArn"] = datasetArn, ["items"] = new JsonArray(items.Cast<JsonNode>().ToArray()) }, error);

    private static WalkStep PutUsers(string? error, params JsonObject[] users) =>
        Events("PutUsers", new() { ["datasetArn"] = UsersArn, ["users"] = new JsonArray(users.Cast<JsonNode>().ToArray()) }, error);

    private static JsonObject Item(string id, string properties) => Record("itemId", id, properties);

    private static JsonObject User(string id, string properties) => Record("userId", id, properties);

    private static JsonObject Record(string idMember, string id, string properties) => new() { [idMember] = id, ["properties"] = properties };

    private static JsonObject ActionInteraction(string actionId, string eventType, string eventId, string? properties)
    {
        var record = new JsonObject { ["actionId"] = actionId, ["userId"] = "user-1", ["sessionId"] = "session-1", ["timestamp"] = 1719511760, ["eventType"] = eventType, ["eventId"] = eventId };
        if (properties is not null)
        {
            record["properties"] = properties;
        }

        return record;
    }
}
