using System;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>The exact bodies of PutItems, PutUsers, PutActions and PutActionInteractions: members in the service model's order, compact.</summary>
public sealed class DatasetWireFormatTests
{
    [Fact]
    public void Put_items_writes_the_arn_then_each_item_with_its_properties_as_a_string()
    {
        var request = new PutItemsRequest(
            "arn:aws:personalize:us-west-2:123456789012:dataset/shop/ITEMS",
            [new Item("movie_ten", "{\"genres\":\"Horror|Action\"}"), new Item("movie_eleven")]);

        Assert.Equal(
            "{\"datasetArn\":\"arn:aws:personalize:us-west-2:123456789012:dataset/shop/ITEMS\",\"items\":[{\"itemId\":\"movie_ten\",\"properties\":\"{\\\"genres\\\":\\\"Horror|Action\\\"}\"},{\"itemId\":\"movie_eleven\"}]}",
            request.ToJson());
    }

    [Fact]
    public void Put_users_and_put_actions_name_their_lists_and_ids()
    {
        Assert.Equal(
            "{\"datasetArn\":\"arn:aws:personalize:us-west-2:1:dataset/g/USERS\",\"users\":[{\"userId\":\"u1\",\"properties\":\"{\\\"age\\\":\\\"42\\\"}\"}]}",
            new PutUsersRequest("arn:aws:personalize:us-west-2:1:dataset/g/USERS", [new User("u1", "{\"age\":\"42\"}")]).ToJson());
        Assert.Equal(
            "{\"datasetArn\":\"arn:aws:personalize:us-west-2:1:dataset/g/ACTIONS\",\"actions\":[{\"actionId\":\"join\",\"properties\":\"{\\\"value\\\":\\\"100\\\"}\"}]}",
            new PutActionsRequest("arn:aws:personalize:us-west-2:1:dataset/g/ACTIONS", [new ActionRecord("join", "{\"value\":\"100\"}")]).ToJson());
    }

    [Fact]
    public void Put_action_interactions_writes_every_member_in_model_order_and_the_timestamp_in_epoch_seconds()
    {
        var every = new ActionInteraction("join", "u1", "s1", DateTimeOffset.FromUnixTimeMilliseconds(1700000000500), "Not taken", "e1", "r1", ["join", "renew"], "{\"attempts\":\"2\"}");
        var fewest = new ActionInteraction("join", "s1", DateTimeOffset.FromUnixTimeSeconds(1700000000), "Viewed");

        Assert.Equal(
            "{\"trackingId\":\"t1\",\"actionInteractions\":["
            + "{\"actionId\":\"join\",\"userId\":\"u1\",\"sessionId\":\"s1\",\"timestamp\":1700000000.5,\"eventType\":\"Not taken\",\"eventId\":\"e1\",\"recommendationId\":\"r1\",\"impression\":[\"join\",\"renew\"],\"properties\":\"{\\\"attempts\\\":\\\"2\\\"}\"},"
            + "{\"actionId\":\"join\",\"sessionId\":\"s1\",\"timestamp\":1700000000,\"eventType\":\"Viewed\"}]}",
            new PutActionInteractionsRequest("t1", [every, fewest]).ToJson());
    }
}
