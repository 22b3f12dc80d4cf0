using System.Text.Json.Nodes;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>Resource status, paging and deletion as users' code polls and lists them.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Resources_report_CREATE_PENDING_until_the_activation_delay_has_passed()
    {
        var clock = new StoppedClock();
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { ActivationDelay = TimeSpan.FromMinutes(5), Clock = clock });
        await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "CreateDatasetGroup", new JsonObject { ["name"] = Group });
        var describe = new JsonObject { ["datasetGroupArn"] = GroupArn };

        Assert.Equal("CREATE PENDING", (string)(await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "DescribeDatasetGroup", describe))["datasetGroup"]!["status"]!);
        clock.Offset = TimeSpan.FromMinutes(4);
        Assert.Equal("CREATE PENDING", (string)(await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "DescribeDatasetGroup", describe))["datasetGroup"]!["status"]!);
        clock.Offset = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1);
        Assert.Equal("ACTIVE", (string)(await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "DescribeDatasetGroup", describe))["datasetGroup"]!["status"]!);
    }

    [Fact]
    public async Task Lists_page_with_maxResults_and_nextToken()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        foreach (var i in Enumerable.Range(0, 5))
        {
            await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "CreateDatasetGroup", new JsonObject { ["name"] = "group-" + i });
        }

        var names = new System.Collections.Generic.List<string>();
        var request = new JsonObject { ["maxResults"] = 2 };
        for (var page = 0; page < 10; page++)
        {
            var output = await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "ListDatasetGroups", request);
            names.AddRange(output["datasetGroups"]!.AsArray().Select(group => (string)group!["name"]!));
            if (output["nextToken"] is not JsonValue token)
            {
                break;
            }

            request = new JsonObject { ["maxResults"] = 2, ["nextToken"] = (string)token! };
        }

        Assert.Equal(Enumerable.Range(0, 5).Select(i => "group-" + i), names);
    }

    [Fact]
    public async Task A_deleted_event_tracker_stops_accepting_events_and_a_new_one_keeps_the_recorded_ones()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var trackingId = await ControlPlaneCalls.SetUpGuideAsync(endpoint.Uri, GuideInteraction.AvroSchemaJson);
        await ReadinessTests.SendAsync(endpoint, trackingId, [("user_id", "watch", null)]);
        var trackers = await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "ListEventTrackers", new JsonObject { ["datasetGroupArn"] = GroupArn });
        await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "DeleteEventTracker", new JsonObject { ["eventTrackerArn"] = trackers["eventTrackers"]![0]!["eventTrackerArn"]!.DeepClone() });

        var refused = await Assert.ThrowsAsync<PersonalizeEventsResourceNotFoundException>(() => ReadinessTests.SendAsync(endpoint, trackingId, [("user_id", "watch", null)]));
        Assert.Contains("tracking id", refused.Message);

        var replacement = await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "CreateEventTracker", new JsonObject { ["name"] = "replacement", ["datasetGroupArn"] = GroupArn });
        await ReadinessTests.SendAsync(endpoint, (string)replacement["trackingId"]!, [("user_id", "watch", null)]);
        Assert.Equal(2, endpoint.Readiness(GroupArn).Interactions);
    }
}
