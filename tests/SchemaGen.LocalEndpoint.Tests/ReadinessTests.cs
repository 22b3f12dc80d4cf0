using System.Text.Json.Nodes;
using Amazon.Runtime;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// <c>GET /local/readiness</c> exact at each minimum of the guide (1,000 interactions; 25 users with two), with and
/// without the solution's event type and value threshold, and equal to <see cref="TrainingReadiness.Measure"/> over
/// the dataset's exported CSV. Events go in through SchemaGen's own client.
/// </summary>
public sealed class ReadinessTests
{
    private static string ReadinessPath(string? query = null) =>
        "/local/readiness?datasetGroupArn=" + Uri.EscapeDataString(GroupArn) + query;

    [Fact]
    public async Task Interactions_count_exactly_at_the_1000_minimum()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var trackingId = await ControlPlaneCalls.SetUpGuideAsync(endpoint.Uri, GuideInteraction.AvroSchemaJson);

        // 25 users with two interactions each, then one user with the rest: 999 in all.
        var events = Enumerable.Range(0, 25).SelectMany(user => Enumerable.Repeat("user" + user, 2)).Concat(Enumerable.Repeat("heavy", 949));
        await SendAsync(endpoint, trackingId, events.Select(user => (user, "watch", (float?)null)));
        AssertReport(await ReadinessAsync(endpoint), interactions: 999, users: 26, ready: false, missingInteractions: 1, missingUsers: 0);

        await SendAsync(endpoint, trackingId, [("heavy", "watch", null)]);
        AssertReport(await ReadinessAsync(endpoint), interactions: 1000, users: 26, ready: true, missingInteractions: 0, missingUsers: 0);
    }

    [Fact]
    public async Task Users_count_exactly_at_the_25_minimum()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var trackingId = await ControlPlaneCalls.SetUpGuideAsync(endpoint.Uri, GuideInteraction.AvroSchemaJson);

        // 24 users with two, 100 with one, and one heavy user: 1,000 interactions, 25 users with two or more.
        var events = Enumerable.Range(0, 23).SelectMany(user => Enumerable.Repeat("pair" + user, 2))
            .Concat(Enumerable.Range(0, 100).Select(user => "single" + user))
            .Concat(Enumerable.Repeat("heavy", 854));
        await SendAsync(endpoint, trackingId, events.Select(user => (user, "watch", (float?)null)));
        AssertReport(await ReadinessAsync(endpoint), interactions: 1000, users: 24, ready: false, missingInteractions: 0, missingUsers: 1);

        await SendAsync(endpoint, trackingId, [("single0", "watch", null)]);
        AssertReport(await ReadinessAsync(endpoint), interactions: 1001, users: 25, ready: true, missingInteractions: 0, missingUsers: 0);
    }

    [Fact]
    public async Task The_event_type_and_value_threshold_filter_what_counts_exactly_at_each_minimum()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var trackingId = await ControlPlaneCalls.SetUpGuideAsync(endpoint.Uri, GuideInteraction.AvroSchemaJson);

        // 999 ratings of 3 (the threshold itself counts) and one of 2.9 by 50 users; two watches each by 24 users,
        // and one watch and one like by a 25th.
        var events = Enumerable.Range(0, 999).Select(i => ("rater" + (i % 50), "rating", (float?)3f))
            .Append(("rater0", "rating", 2.9f))
            .Concat(Enumerable.Range(0, 48).Select(i => ("watcher" + (i % 24), "watch", (float?)null)))
            .Append(("watcher24", "watch", null))
            .Append(("watcher24", "like", null))
            .ToList();
        await SendAsync(endpoint, trackingId, events);

        AssertReport(await ReadinessAsync(endpoint), interactions: 1050, users: 75, ready: true, missingInteractions: 0, missingUsers: 0);
        AssertReport(await ReadinessAsync(endpoint, "&eventType=rating&eventValueThreshold=3"), interactions: 999, users: 50, ready: false, missingInteractions: 1, missingUsers: 0);
        AssertReport(await ReadinessAsync(endpoint, "&eventType=rating&eventValueThreshold=2.9"), interactions: 1000, users: 50, ready: true, missingInteractions: 0, missingUsers: 0);
        AssertReport(await ReadinessAsync(endpoint, "&eventType=rating"), interactions: 1000, users: 50, ready: true, missingInteractions: 0, missingUsers: 0);
        AssertReport(await ReadinessAsync(endpoint, "&eventValueThreshold=3"), interactions: 999, users: 50, ready: false, missingInteractions: 1, missingUsers: 0);
        AssertReport(await ReadinessAsync(endpoint, "&eventType=watch"), interactions: 49, users: 24, ready: false, missingInteractions: 951, missingUsers: 1);

        // The library call over the exported CSV agrees, filter for filter.
        var csv = endpoint.ExportCsv(EventsDatasetArn);
        foreach (var (type, threshold) in new (string?, double?)[] { (null, null), ("rating", 3), ("rating", 2.9), ("rating", null), (null, 3), ("watch", null) })
        {
            var fromCsv = TrainingReadiness.Measure(new StringReader(csv), type, threshold);
            var fromEndpoint = endpoint.Readiness(GroupArn, type, threshold);
            Assert.Equal((fromEndpoint.Interactions, fromEndpoint.UsersWithAtLeastTwoInteractions), (fromCsv.Interactions, fromCsv.UsersWithAtLeastTwoInteractions));
        }
    }

    private static async Task<JsonNode> ReadinessAsync(LocalPersonalizeEndpoint endpoint, string? query = null) =>
        await ControlPlaneCalls.GetAsync(endpoint.Uri, ReadinessPath(query));

    private static void AssertReport(JsonNode report, long interactions, long users, bool ready, long missingInteractions, long missingUsers)
    {
        Assert.Equal(interactions, (long)report["interactions"]!);
        Assert.Equal(users, (long)report["usersWithAtLeastTwoInteractions"]!);
        Assert.Equal(ready, (bool)report["ready"]!);
        Assert.Equal(missingInteractions, (long)report["missingInteractions"]!);
        Assert.Equal(missingUsers, (long)report["missingUsers"]!);
    }

    /// <summary>Sends events ten at a time (one user per request) through <see cref="PersonalizeEventsClient"/>.</summary>
    internal static async Task SendAsync(LocalPersonalizeEndpoint endpoint, string trackingId, IEnumerable<(string User, string Type, float? Value)> events)
    {
        using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = new BasicAWSCredentials("test", "test") });
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(1719511760);
        var item = 0;
        foreach (var batch in events.GroupBy(e => e.User).SelectMany(user => user.Chunk(10)))
        {
            var list = batch.Select(e => new InteractionEvent(e.Type, sentAt) { ItemId = "item" + item++, EventValue = e.Value }).ToList();
            await client.PutEventsAsync(new PutEventsRequest(trackingId, "session-" + batch[0].User, list) { UserId = batch[0].User });
        }
    }
}
