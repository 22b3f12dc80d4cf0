using System.Linq;
using System.Threading.Tasks;
using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>AddPersonalizeEvents and AddEventRecorder in a real host: events recorded before shutdown are sent on it.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task Stopping_the_host_flushes_its_recorders()
    {
        await using var server = await LoopbackServer.StartAsync();
        var builder = HostSendingTo(server);
        builder.Services.AddEventRecorder<MovieRating>(options =>
        {
            options.TrackingId = TestData.TrackingId;
            options.FlushInterval = System.TimeSpan.FromHours(1);
        });
        using var host = builder.Build();
        await host.StartAsync();

        var recorder = host.Services.GetRequiredService<EventRecorder<MovieRating>>();
        Assert.Same(recorder, host.Services.GetRequiredService<EventRecorder<MovieRating>>());
        var client = Assert.IsType<PersonalizeEventsClient>(host.Services.GetRequiredService<IPutEventsSender>());
        Assert.Same(client, host.Services.GetRequiredService<IPersonalizeEventsSender>());
        var ids = new[] { await recorder.RecordAsync("s1", TestData.Rating()), await recorder.RecordAsync("s2", TestData.Rating()) };
        Assert.Empty(server.Requests);

        await host.StopAsync();

        var sent = server.Requests.SelectMany(request => ReceivedBody.Parse(request.Body).EventIds).OrderBy(id => id);
        Assert.Equal(ids.OrderBy(id => id), sent);
        var signature = BotocoreSignature.Compute(server.Requests.First(), TestData.AccessKey, TestData.SecretKey, null, TestData.Region, "personalize");
        Assert.EndsWith("Signature=" + signature.Signature, server.Requests.First().Headers["Authorization"], System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_recorder_registers_the_same_way_and_is_flushed_when_the_host_stops()
    {
        await using var server = await LoopbackServer.StartAsync();
        const string Group = "arn:aws:personalize:us-west-2:123456789012:dataset/shop/";
        var builder = HostSendingTo(server);
        builder.Services.AddItemRecorder<Product>(options => (options.DatasetArn, options.FlushInterval) = (Group + "ITEMS", System.TimeSpan.FromHours(1)));
        builder.Services.AddUserRecorder<Shopper>(options => (options.DatasetArn, options.FlushInterval) = (Group + "USERS", System.TimeSpan.FromHours(1)));
        builder.Services.AddActionRecorder<Offer>(options => (options.DatasetArn, options.FlushInterval) = (Group + "ACTIONS", System.TimeSpan.FromHours(1)));
        builder.Services.AddActionInteractionRecorder<OfferEvent>(options => (options.TrackingId, options.FlushInterval) = (TestData.TrackingId, System.TimeSpan.FromHours(1)));
        using var host = builder.Build();
        await host.StartAsync();

        await host.Services.GetRequiredService<ItemRecorder<Product>>().RecordAsync(new Product { ItemId = "i1", Genre = "Drama" });
        await host.Services.GetRequiredService<UserRecorder<Shopper>>().RecordAsync(new Shopper { UserId = "u1", MembershipLevel = "gold" });
        await host.Services.GetRequiredService<ActionRecorder<Offer>>().RecordAsync(new Offer { ActionId = "a1", Value = 5 });
        await host.Services.GetRequiredService<ActionInteractionRecorder<OfferEvent>>().RecordAsync("s1", new OfferEvent { UserId = "u1", ActionId = "a1", Timestamp = TestData.SentAt, EventType = "Taken" });
        Assert.Empty(server.Requests);

        await host.StopAsync();

        Assert.Equal(["/action-interactions", "/actions", "/items", "/users"], server.Requests.Select(request => request.Path).Order(System.StringComparer.Ordinal));
    }

    /// <summary>A host whose Personalize Events client sends to <paramref name="server"/>, without logging.</summary>
    private static HostApplicationBuilder HostSendingTo(LoopbackServer server)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddPersonalizeEvents(options =>
        {
            options.Region = TestData.Region;
            options.EndpointUrl = server.BaseAddress;
            options.Credentials = new BasicAWSCredentials(TestData.AccessKey, TestData.SecretKey);
        });
        return builder;
    }
}
