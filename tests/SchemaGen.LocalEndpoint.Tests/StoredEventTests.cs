using Amazon.Runtime;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>What a recorded event becomes in its dataset, as the export shows it.</summary>
public sealed class StoredEventTests
{
    [Fact]
    public async Task Anonymous_events_keep_their_session_and_export_is_what_WriteCsvRow_writes()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var trackingId = await ControlPlaneCalls.SetUpGuideAsync(endpoint.Uri, GuideInteraction.AvroSchemaJson);
        using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = new BasicAWSCredentials("test", "test") });
        var sentAt = DateTimeOffset.FromUnixTimeMilliseconds(1719511760_750);
        await client.PutEventsAsync(new PutEventsRequest(trackingId, "anonymous-session", [new InteractionEvent("watch, then \"rate\"", sentAt) { ItemId = "item,1\\a" }]));

        // The same interaction through the generated bulk-import writer: one CSV format for the project.
        var expected = new StringWriter();
        GuideInteraction.WriteCsvHeader(expected);
        new GuideInteraction { UserId = "anonymous-session", ItemId = "item,1\\a", EventType = "watch, then \"rate\"", Timestamp = 1719511760 }.WriteCsvRow(expected);
        Assert.Equal(expected.ToString(), endpoint.ExportCsv(EventsDatasetArn));
    }

    [Fact]
    public async Task An_event_the_service_takes_but_a_bulk_import_record_cannot_hold_is_named_on_export()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var trackingId = await ControlPlaneCalls.SetUpGuideAsync(endpoint.Uri, GuideInteraction.AvroSchemaJson);
        using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = new BasicAWSCredentials("test", "test") });
        await client.PutEventsAsync(new PutEventsRequest(trackingId, "session", [new InteractionEvent("two\nlines", DateTimeOffset.FromUnixTimeSeconds(1719511760)) { ItemId = "item" }]));

        var refused = Assert.Throws<InvalidOperationException>(() => endpoint.ExportCsv(EventsDatasetArn));
        Assert.StartsWith("InvalidInputException: ", refused.Message);
        Assert.Contains("EVENT_TYPE", refused.Message);
        Assert.Contains("line break", refused.Message);
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
