using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Validation;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// One case per limit of PutItems, PutUsers, PutActions and PutActionInteractions in the personalize-events service
/// model, each at the limit (accepted) and one past it (rejected with a message naming the member, the value's size
/// and the limit), and the dataset ARN of the wrong dataset type refused by name.
/// </summary>
public sealed class DatasetRequestLimitTests
{
    private const string ItemsArn = "arn:aws:personalize:us-west-2:123456789012:dataset/shop/ITEMS";
    private const string UsersArn = "arn:aws:personalize:us-west-2:123456789012:dataset/shop/USERS";
    private const string ActionsArn = "arn:aws:personalize:us-west-2:123456789012:dataset/shop/ACTIONS";
    private static readonly DateTimeOffset Taken = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    private sealed record LimitCase(PersonalizeEventsRequest Request, string? Member = null, string? Message = null);

    private static readonly Dictionary<string, LimitCase> Cases = new()
    {
        ["items: valid"] = new(Items()),
        ["items: datasetArn of an INTERACTIONS dataset"] = new(Items(arn: ItemsArn.Replace("/ITEMS", "/INTERACTIONS", StringComparison.Ordinal)), "datasetArn", "names a dataset of type INTERACTIONS; PutItems takes the ARN of a dataset of type ITEMS (…:dataset/<dataset group>/ITEMS)"),
        ["users: datasetArn of an ITEMS dataset"] = new(Users(arn: ItemsArn), "datasetArn", "names a dataset of type ITEMS; PutUsers takes the ARN of a dataset of type USERS"),
        ["actions: datasetArn of an ACTION_INTERACTIONS dataset"] = new(Actions(arn: ActionsArn.Replace("/ACTIONS", "/ACTION_INTERACTIONS", StringComparison.Ordinal)), "datasetArn", "names a dataset of type ACTION_INTERACTIONS; PutActions takes the ARN of a dataset of type ACTIONS"),
        ["items: datasetArn of a dataset group"] = new(Items(arn: "arn:aws:personalize:us-west-2:123456789012:dataset-group/shop"), "datasetArn", "names 'dataset-group/shop', which is not a dataset"),
        ["items: datasetArn not an ARN"] = new(Items(arn: "shop/ITEMS"), "datasetArn", "which is not an Amazon Personalize ARN"),
        ["items: datasetArn of another service"] = new(Items(arn: "arn:aws:s3:::bucket/ITEMS"), "datasetArn", "which is not an Amazon Personalize ARN"),
        ["items: datasetArn at 256"] = new(Items(arn: Arn(256, "ITEMS"))),
        ["items: datasetArn at 257"] = new(Items(arn: Arn(257, "ITEMS")), "datasetArn", "is 257 characters long; the limit is 1 to 256 characters"),
        ["items: datasetArn in the China partition"] = new(Items(arn: "arn:aws-cn:personalize:cn-north-1:123456789012:dataset/shop/ITEMS")),
        ["items: 10"] = new(Items(count: 10)),
        ["items: 11"] = new(Items(count: 11), "items", "holds 11 items; the limit is 1 to 10"),
        ["items: none"] = new(Items(count: 0), "items", "holds 0 items; the limit is 1 to 10"),
        ["items: itemId at 256"] = new(Items(new Item(Text(256)))),
        ["items: itemId at 257"] = new(Items(new Item("a"), new Item(Text(257))), "items[1].itemId", "is 257 characters long; the limit is 1 to 256 characters"),
        ["items: itemId empty"] = new(Items(new Item("")), "items[0].itemId", "is 0 characters long; the limit is 1 to 256 characters"),
        ["items: properties at 32000"] = new(Items(new Item("i", Properties(32000)))),
        ["items: properties at 32001"] = new(Items(new Item("i", Properties(32001))), "items[0].properties", "is 32001 characters long; the limit is 1 to 32000 characters"),
        ["items: properties empty"] = new(Items(new Item("i", "")), "items[0].properties", "is 0 characters long; the limit is 1 to 32000 characters"),
        ["items: properties nested"] = new(Items(new Item("i", "{\"a\":{\"b\":\"c\"}}")), "items[0].properties", "holds an object under 'a'; properties is a flat object"),
        ["items: properties may hold the key userId"] = new(Items(new Item("i", "{\"userId\":\"u\",\"sessionId\":\"s\"}"))),
        ["users: properties at 24000"] = new(Users(new User("u", Properties(24000)))),
        ["users: properties at 24001"] = new(Users(new User("u", Properties(24001))), "users[0].properties", "is 24001 characters long; the limit is 1 to 24000 characters"),
        ["users: userId at 257"] = new(Users(new User(Text(257))), "users[0].userId", "is 257 characters long"),
        ["users: 11"] = new(Users(Enumerable.Range(0, 11).Select(i => new User("u" + i)).ToArray()), "users", "holds 11 users; the limit is 1 to 10"),
        ["actions: properties at 32000"] = new(Actions(new ActionRecord("a", Properties(32000)))),
        ["actions: properties at 32001"] = new(Actions(new ActionRecord("a", Properties(32001))), "actions[0].properties", "is 32001 characters long; the limit is 1 to 32000 characters"),
        ["actions: actionId empty"] = new(Actions(new ActionRecord("")), "actions[0].actionId", "is 0 characters long"),
        ["actions: 11"] = new(Actions(Enumerable.Range(0, 11).Select(i => new ActionRecord("a" + i)).ToArray()), "actions", "holds 11 actions; the limit is 1 to 10"),
        ["action interactions: valid with every member"] = new(Interactions(Interaction() with { UserId = "u", EventId = "e", RecommendationId = Text(40), Impression = ["a", "b"], Properties = "{\"attempts\":\"2\"}" })),
        ["action interactions: trackingId at 257"] = new(Interactions(trackingId: Text(257)), "trackingId", "is 257 characters long; the limit is 1 to 256 characters"),
        ["action interactions: 10"] = new(Interactions(count: 10)),
        ["action interactions: 11"] = new(Interactions(count: 11), "actionInteractions", "holds 11 action interactions; the limit is 1 to 10"),
        ["action interactions: actionId at 257"] = new(Interactions(Interaction() with { ActionId = Text(257) }), "actionInteractions[0].actionId", "is 257 characters long"),
        ["action interactions: userId empty"] = new(Interactions(Interaction() with { UserId = "" }), "actionInteractions[0].userId", "is 0 characters long"),
        ["action interactions: userId absent (anonymous)"] = new(Interactions(Interaction() with { UserId = null })),
        ["action interactions: sessionId empty"] = new(Interactions(Interaction() with { SessionId = "" }), "actionInteractions[0].sessionId", "is 0 characters long"),
        ["action interactions: eventType at 257"] = new(Interactions(Interaction() with { EventType = Text(257) }), "actionInteractions[0].eventType", "is 257 characters long"),
        ["action interactions: eventId empty"] = new(Interactions(Interaction() with { EventId = "" }), "actionInteractions[0].eventId", "is 0 characters long"),
        ["action interactions: recommendationId at 41"] = new(Interactions(Interaction() with { RecommendationId = Text(41) }), "actionInteractions[0].recommendationId", "is 41 characters long; the limit is 1 to 40 characters"),
        ["action interactions: impression at 25"] = new(Interactions(Interaction() with { Impression = Ids(25) })),
        ["action interactions: impression at 26"] = new(Interactions(Interaction() with { Impression = Ids(26) }), "actionInteractions[0].impression", "holds 26 action ids; the limit is 1 to 25"),
        ["action interactions: impression empty"] = new(Interactions(Interaction() with { Impression = Ids(0) }), "actionInteractions[0].impression", "holds 0 action ids; the limit is 1 to 25"),
        ["action interactions: impression id at 257"] = new(Interactions(Interaction() with { Impression = ["a", Text(257)] }), "actionInteractions[0].impression[1]", "is 257 characters long"),
        ["action interactions: properties at 1024"] = new(Interactions(Interaction() with { Properties = Properties(1024) })),
        ["action interactions: properties at 1025"] = new(Interactions(Interaction() with { Properties = Properties(1025) }), "actionInteractions[0].properties", "is 1025 characters long; the limit is 1 to 1024 characters"),
        ["action interactions: properties with the key sessionId"] = new(Interactions(Interaction() with { Properties = "{\"SessionId\":\"s\"}" }), "actionInteractions[0].properties", "holds the key 'SessionId', which the service forbids"),
        ["action interactions: second checked too"] = new(new PutActionInteractionsRequest("t", [Interaction().Build(), (Interaction() with { ActionId = "" }).Build()]), "actionInteractions[1].actionId", "is 0 characters long"),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_limit_is_enforced_at_its_boundary(string caseName)
    {
        var limitCase = Cases[caseName];

        var errors = limitCase.Request.Validate();

        if (limitCase.Member is null)
        {
            Assert.Empty(errors);
            Assert.NotEmpty(limitCase.Request.ToJson());
            return;
        }

        var error = Assert.Single(errors);
        Assert.Equal(limitCase.Member, error.Member);
        Assert.Contains(limitCase.Message!, error.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<RequestValidationException>(() => limitCase.Request.ToJson());
        Assert.Equal(limitCase.Request.Operation, thrown.Operation);
        Assert.StartsWith("The " + limitCase.Request.Operation + " request breaks 1 limit", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_are_cut_into_requests_of_at_most_ten_in_order()
    {
        var items = Enumerable.Range(0, 23).Select(i => new Item("i" + i)).ToArray();

        var requests = PutItemsRequest.Batch(ItemsArn, items);

        Assert.Equal([10, 10, 3], requests.Select(request => request.Items.Count));
        Assert.Equal(items, requests.SelectMany(request => request.Items));
        Assert.All(requests, request => Assert.Empty(request.Validate()));
        Assert.Empty(PutItemsRequest.Batch(ItemsArn, []));
    }

    [Fact]
    public void A_schema_writers_properties_are_checked_for_length_only()
    {
        var fromSchema = Serialization.DatasetRecords.SchemaActionInteraction("a", "u", "s", Taken, "Taken", null, null, null, "{\"userId\":\"u\"}");
        var tooLong = Serialization.DatasetRecords.SchemaItem("i", Properties(32001));

        Assert.Empty(new PutActionInteractionsRequest("t", [fromSchema]).Validate());
        Assert.Equal("items[0].properties", Assert.Single(new PutItemsRequest(ItemsArn, [tooLong]).Validate()).Member);
    }

    private static string Text(int length) => new('x', length);

    private static string[] Ids(int count) => Enumerable.Range(0, count).Select(i => "a" + i).ToArray();

    /// <summary>A dataset ARN of exactly <paramref name="length"/> characters ending in <paramref name="datasetType"/>.</summary>
    private static string Arn(int length, string datasetType)
    {
        var start = "arn:aws:personalize:us-west-2:123456789012:dataset/";
        return start + new string('g', length - start.Length - datasetType.Length - 1) + "/" + datasetType;
    }

    /// <summary>A valid properties object of exactly <paramref name="length"/> characters.</summary>
    private static string Properties(int length)
    {
        const string prefix = "{\"note\":\"";
        const string suffix = "\"}";
        return prefix + new string('n', length - prefix.Length - suffix.Length) + suffix;
    }

    private static PutItemsRequest Items(params Item[] items) => new(ItemsArn, items.Length == 0 ? [new Item("i")] : items);

    private static PutItemsRequest Items(string arn) => new(arn, [new Item("i")]);

    private static PutItemsRequest Items(int count) => new(ItemsArn, Enumerable.Range(0, count).Select(i => new Item("i" + i)).ToArray());

    private static PutUsersRequest Users(params User[] users) => new(UsersArn, users.Length == 0 ? [new User("u")] : users);

    private static PutUsersRequest Users(string arn) => new(arn, [new User("u")]);

    private static PutActionsRequest Actions(params ActionRecord[] actions) => new(ActionsArn, actions.Length == 0 ? [new ActionRecord("a")] : actions);

    private static PutActionsRequest Actions(string arn) => new(arn, [new ActionRecord("a")]);

    private static InteractionSpec Interaction() => new("a", "s", Taken, "Taken");

    private static PutActionInteractionsRequest Interactions(InteractionSpec interaction) => new("t", [interaction.Build()]);

    private static PutActionInteractionsRequest Interactions(string trackingId = "t", int count = 1) =>
        new(trackingId, Enumerable.Range(0, count).Select(_ => Interaction().Build()).ToArray());

    /// <summary>An action interaction's members as a record, so each case can change one with <c>with</c>.</summary>
    private sealed record InteractionSpec(string ActionId, string SessionId, DateTimeOffset Timestamp, string EventType)
    {
        public string? UserId { get; init; } = "u";

        public string? EventId { get; init; }

        public string? RecommendationId { get; init; }

        public IReadOnlyList<string>? Impression { get; init; }

        public string? Properties { get; init; }

        public ActionInteraction Build() => new(ActionId, SessionId, Timestamp, EventType)
        {
            UserId = UserId,
            EventId = EventId,
            RecommendationId = RecommendationId,
            Impression = Impression,
            Properties = Properties,
        };
    }
}
