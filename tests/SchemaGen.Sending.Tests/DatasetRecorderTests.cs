using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SchemaGen.Validation;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>
/// The item, user, action and action-interaction recorders: the same pipeline as the event recorder, batching by
/// their operation's rules, an id recorded twice sent once with the later value, and a later value never
/// overtaking an earlier one in flight.
/// </summary>
public sealed class DatasetRecorderTests
{
    private const string Group = "arn:aws:personalize:us-west-2:123456789012:dataset/shop/";

    private static DatasetRecorderOptions Options(string datasetType, ConcurrentQueue<RecordsFailure>? failures = null) => new()
    {
        DatasetArn = Group + datasetType,
        FlushInterval = TimeSpan.FromHours(1),
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        OnFailure = failures is null ? null : failures.Enqueue,
    };

    private static Product Product(string id, int version) => new() { ItemId = id, Genre = "Drama", Version = version };

    private static int VersionOf(Item item) => int.Parse(JsonDocument.Parse(item.Properties!).RootElement.GetProperty("version").GetString()!);

    [Fact]
    public async Task An_item_recorded_again_before_it_is_sent_is_sent_once_with_the_later_value()
    {
        var sender = new RecordingSender();
        await using var recorder = new ItemRecorder<Product>(sender, Options("ITEMS"));

        await recorder.RecordAsync(Product("a", 1));
        await recorder.RecordAsync(Product("b", 1));
        await recorder.RecordAsync(Product("a", 2));
        await recorder.FlushAsync();

        var request = Assert.IsType<PutItemsRequest>(Assert.Single(sender.Sent));
        Assert.Equal(Group + "ITEMS", request.DatasetArn);
        Assert.Equal(["a", "b"], request.Items.Select(item => item.ItemId));
        Assert.Equal([2, 1], request.Items.Select(VersionOf));
    }

    [Fact]
    public async Task A_later_value_waits_for_the_request_carrying_the_earlier_one_and_lands_after_it()
    {
        var sender = new RecordingSender(held: true);
        await using var recorder = new ItemRecorder<Product>(sender, Options("ITEMS"));

        await recorder.RecordAsync(Product("a", 1));
        var firstFlush = recorder.FlushAsync();
        await Eventually.True(() => sender.InFlight == 1, "the first request in flight");

        await recorder.RecordAsync(Product("a", 2));
        await recorder.RecordAsync(Product("c", 1));
        var secondFlush = recorder.FlushAsync();
        await Task.Delay(200);
        Assert.Equal(1, sender.InFlight);
        Assert.Single(sender.Arrived);

        sender.Release(10);
        await Task.WhenAll(firstFlush, secondFlush);

        var sent = sender.SentList.Cast<PutItemsRequest>().ToArray();
        Assert.Equal(2, sent.Length);
        Assert.Equal([1], sent[0].Items.Select(VersionOf));
        Assert.Equal(["a", "c"], sent[1].Items.Select(item => item.ItemId));
        Assert.Equal(2, VersionOf(sent[1].Items[0]));
    }

    [Fact]
    public async Task Distinct_items_go_ten_to_a_request_in_the_order_recorded()
    {
        var sender = new RecordingSender();
        await using var recorder = new ItemRecorder<Product>(sender, Options("ITEMS"));

        for (var i = 0; i < 25; i++)
        {
            await recorder.RecordAsync(Product("item-" + i, 1));
        }

        await recorder.FlushAsync();

        var sent = sender.SentList.Cast<PutItemsRequest>().ToArray();
        Assert.Equal([10, 10, 5], sent.Select(request => request.Items.Count).OrderDescending());
        Assert.Equal(Enumerable.Range(0, 25).Select(i => "item-" + i).Order(), sent.SelectMany(request => request.Items).Select(item => item.ItemId).Order());
    }

    [Fact]
    public async Task Users_and_actions_go_to_their_own_operations()
    {
        var sender = new RecordingSender();
        await using (var users = new UserRecorder<Shopper>(sender, Options("USERS")))
        await using (var actions = new ActionRecorder<Offer>(sender, Options("ACTIONS")))
        {
            await users.RecordAsync(new Shopper { UserId = "user555", MembershipLevel = "Gold" });
            await actions.RecordAsync(new Offer { ActionId = "join", Value = 100 });
        }

        var user = Assert.Single(sender.Sent.OfType<PutUsersRequest>());
        Assert.Equal("{\"datasetArn\":\"" + Group + "USERS\",\"users\":[{\"userId\":\"user555\",\"properties\":\"{\\\"membershipLevel\\\":\\\"Gold\\\"}\"}]}", user.ToJson());
        var action = Assert.Single(sender.Sent.OfType<PutActionsRequest>());
        Assert.Equal("join", Assert.Single(action.Actions).ActionId);
    }

    [Fact]
    public async Task Action_interactions_keep_their_event_ids_and_go_ten_to_a_request()
    {
        var sender = new RecordingSender();
        var ids = new string[12];
        await using (var recorder = new ActionInteractionRecorder<OfferEvent>(sender, new ActionInteractionRecorderOptions { TrackingId = TestData.TrackingId, FlushInterval = TimeSpan.FromHours(1) }))
        {
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = await recorder.RecordAsync("session-" + i % 2, new OfferEvent { UserId = "user555", ActionId = "join", Timestamp = TestData.SentAt, EventType = "Taken" });
            }
        }

        var sent = sender.SentList.Cast<PutActionInteractionsRequest>().ToArray();
        Assert.Equal([10, 2], sent.Select(request => request.ActionInteractions.Count));
        Assert.All(sent, request => Assert.Equal(TestData.TrackingId, request.TrackingId));
        Assert.Equal(ids, sent.SelectMany(request => request.ActionInteractions).Select(record => record.EventId));
        Assert.Equal(12, ids.Distinct().Count());
        Assert.Equal(["session-0", "session-1"], sent[1].ActionInteractions.Select(record => record.SessionId));
    }

    [Fact]
    public async Task A_refused_request_goes_to_OnFailure_with_its_records_and_is_not_retried()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => LoopbackServer.Error(context, 400, "InvalidInputException", "no"));
        using var client = TestData.Client(server);
        var failures = new ConcurrentQueue<RecordsFailure>();
        await using (var recorder = new ItemRecorder<Product>(client, Options("ITEMS", failures)))
        {
            await recorder.RecordAsync(Product("a", 1));
        }

        var failure = Assert.Single(failures);
        Assert.Equal("a", Assert.Single(Assert.IsType<PutItemsRequest>(failure.Request).Items).ItemId);
        Assert.IsType<PersonalizeEventsInvalidInputException>(failure.Exception);
        Assert.Contains("PutItems", failure.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("/items", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public void A_dataset_ARN_of_another_type_is_refused_when_the_recorder_is_created()
    {
        var error = Assert.Throws<ArgumentException>(() => new UserRecorder<Shopper>(new RecordingSender(), Options("ITEMS")));
        Assert.StartsWith("DatasetRecorderOptions.DatasetArn names a dataset of type ITEMS; PutUsers takes", error.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<ArgumentException>(() => new ItemRecorder<Product>(new RecordingSender(), new DatasetRecorderOptions()));
        Assert.StartsWith("DatasetRecorderOptions.DatasetArn is required.", missing.Message, StringComparison.Ordinal);

        var noTracker = Assert.Throws<ArgumentException>(() => new ActionInteractionRecorder<OfferEvent>(new RecordingSender(), new ActionInteractionRecorderOptions()));
        Assert.StartsWith("ActionInteractionRecorderOptions.TrackingId is required.", noTracker.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_the_service_would_refuse_is_refused_when_recorded()
    {
        var sender = new RecordingSender();
        await using var recorder = new ItemRecorder<Product>(sender, Options("ITEMS"));

        var error = await Assert.ThrowsAsync<RequestValidationException>(async () => await recorder.RecordAsync(Product(new string('x', 257), 1)));
        Assert.Contains("items[0].itemId", error.Message, StringComparison.Ordinal);
        await recorder.FlushAsync();
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public void The_default_rates_are_the_service_quotas_per_operation()
    {
        Assert.Equal(10, new DatasetRecorderOptions().MaxRequestsPerSecond);
        Assert.Equal(1000, new ActionInteractionRecorderOptions().MaxRequestsPerSecond);
        Assert.Equal(1000, new EventRecorderOptions().MaxRequestsPerSecond);
    }
}
