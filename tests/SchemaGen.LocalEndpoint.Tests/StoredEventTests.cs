using Amazon.Runtime;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>What a recorded event becomes in its dataset, as the export shows it.</summary>
public sealed class StoredEventTests
{
    [Fact]
    public async Task Anonymous_events_keep_their_session_and_cells_are_quoted_as_csv_requires()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var trackingId = await ControlPlaneCalls.SetUpGuideAsync(endpoint.Uri, GuideInteraction.AvroSchemaJson);
        using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = new BasicAWSCredentials("test", "test") });
        var sentAt = DateTimeOffset.FromUnixTimeMilliseconds(1719511760_750);
        await client.PutEventsAsync(new PutEventsRequest("" + trackingId, "anonymous-session", [new InteractionEvent("watch, then \"rate\"", sentAt) { ItemId = "item,1" }]));

        Assert.Equal(
            GuideEventsCsv.Split('\n')[0] + "\n" + "anonymous-session,\"item,1\",\"watch, then \"\"rate\"\"\",,,1719511760\n",
            endpoint.ExportCsv(EventsDatasetArn));
    }

    [Fact]
    public async Task The_library_calls_name_an_unknown_ARN_as_the_service_would()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var readiness = Assert.Throws<InvalidOperationException>(() => endpoint.Readiness(GroupArn));
        Assert.Equal("ResourceNotFoundException: Could not find dataset group " + GroupArn + ".", readiness.Message);
        var export = Assert.Throws<InvalidOperationException>(() => endpoint.ExportCsv(EventsDatasetArn));
        Assert.Contains(EventsDatasetArn, export.Message);
    }
}
