using System.Text.Json.Nodes;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// The Recording Events guide end to end, each time through an official client unchanged but for the endpoint URL:
/// schema → dataset group → dataset → event tracker → PutEvents of the guide's examples → ListDatasets shows the
/// EVENT_INTERACTIONS dataset, which holds exactly the events sent.
/// </summary>
public sealed class WalkthroughTests
{
    [Boto3Fact]
    public async Task Boto3_walks_the_guide()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var setUp = new JsonArray(SetUpOperations.Zip(SetUpInputs(GuideInteraction.AvroSchemaJson), (operation, input) => (JsonNode)Boto3("personalize", operation, input)).ToArray());
        var created = await OfficialClients.Boto3Async(endpoint.Uri, setUp);
        var trackingId = (string)Ok(created[3])["trackingId"]!;
        Assert.Equal(SchemaArn, (string)Ok(created[0])["schemaArn"]!);

        var results = await OfficialClients.Boto3Async(endpoint.Uri,
        [
            Boto3("personalize-events", "put_events", new JsonObject { ["trackingId"] = trackingId, ["userId"] = "user_id", ["sessionId"] = "session_id", ["eventList"] = GuideEvents() }),
            Boto3("personalize", "list_datasets", new JsonObject { ["datasetGroupArn"] = GroupArn }),
            Boto3("personalize", "describe_dataset_group", new JsonObject { ["datasetGroupArn"] = GroupArn }),
            Boto3("personalize", "describe_schema", new JsonObject { ["schemaArn"] = SchemaArn }),
        ]);

        Ok(results[0]);
        Assert.Equal([("guide-interactions", "INTERACTIONS"), (Group + "/EVENT_INTERACTIONS", "EVENT_INTERACTIONS")], Datasets(Ok(results[1])));
        Assert.Equal("ACTIVE", (string)Ok(results[2])["datasetGroup"]!["status"]!);
        Assert.Equal(GuideInteraction.AvroSchemaJson, (string)Ok(results[3])["schema"]!["schema"]!);
        Assert.Equal(GuideEventsCsv, endpoint.ExportCsv(EventsDatasetArn));
    }

    [JsSdkFact]
    public async Task Aws_sdk_for_javascript_walks_the_guide()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        string[] commands = ["CreateSchemaCommand", "CreateDatasetGroupCommand", "CreateDatasetCommand", "CreateEventTrackerCommand"];
        var created = await OfficialClients.JsSdkAsync(endpoint.Uri, new JsonArray(commands.Zip(SetUpInputs(GuideInteraction.AvroSchemaJson), (command, input) => (JsonNode)Js("personalize", command, input)).ToArray()));
        var trackingId = (string)Ok(created[3])["trackingId"]!;

        var results = await OfficialClients.JsSdkAsync(endpoint.Uri,
        [
            Js("events", "PutEventsCommand", new JsonObject { ["trackingId"] = trackingId, ["userId"] = "user_id", ["sessionId"] = "session_id", ["eventList"] = GuideEvents() }),
            Js("personalize", "ListDatasetsCommand", new JsonObject { ["datasetGroupArn"] = GroupArn }),
            Js("personalize", "DescribeEventTrackerCommand", new JsonObject { ["eventTrackerArn"] = Ok(created[3])["eventTrackerArn"]!.DeepClone() }),
        ]);

        Ok(results[0]);
        Assert.Equal([("guide-interactions", "INTERACTIONS"), (Group + "/EVENT_INTERACTIONS", "EVENT_INTERACTIONS")], Datasets(Ok(results[1])));
        Assert.Equal(trackingId, (string)Ok(results[2])["eventTracker"]!["trackingId"]!);
        Assert.Equal(GuideEventsCsv, endpoint.ExportCsv(EventsDatasetArn));
    }

    [AwsCliFact]
    public async Task Aws_cli_walks_the_guide()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var schema = await OfficialClients.AwsCliAsync(endpoint.Uri, "personalize", "create-schema", "--name", "guide-schema", "--schema", GuideInteraction.AvroSchemaJson);
        Assert.True(schema.ExitCode == 0, schema.Error);
        Assert.Equal(0, (await OfficialClients.AwsCliAsync(endpoint.Uri, "personalize", "create-dataset-group", "--name", Group)).ExitCode);
        Assert.Equal(0, (await OfficialClients.AwsCliAsync(endpoint.Uri, "personalize", "create-dataset", "--name", "guide-interactions", "--schema-arn", SchemaArn, "--dataset-group-arn", GroupArn, "--dataset-type", "Interactions")).ExitCode);
        var tracker = await OfficialClients.AwsCliAsync(endpoint.Uri, "personalize", "create-event-tracker", "--name", "guide-tracker", "--dataset-group-arn", GroupArn);
        var trackingId = (string)JsonNode.Parse(tracker.Output)!["trackingId"]!;

        var put = await OfficialClients.AwsCliAsync(endpoint.Uri, "personalize-events", "put-events", "--tracking-id", trackingId, "--user-id", "user_id", "--session-id", "session_id", "--event-list", GuideEvents().ToJsonString());
        Assert.True(put.ExitCode == 0, put.Error);
        var list = await OfficialClients.AwsCliAsync(endpoint.Uri, "personalize", "list-datasets", "--dataset-group-arn", GroupArn);
        Assert.Equal([("guide-interactions", "INTERACTIONS"), (Group + "/EVENT_INTERACTIONS", "EVENT_INTERACTIONS")], Datasets(JsonNode.Parse(list.Output)!.AsObject()));
        Assert.Equal(GuideEventsCsv, endpoint.ExportCsv(EventsDatasetArn));

        var refused = await OfficialClients.AwsCliAsync(endpoint.Uri, "personalize-events", "put-events", "--tracking-id", trackingId, "--session-id", "s", "--event-list", "[{\"eventType\":\"watch\",\"sentAt\":1719511760,\"itemId\":\"i\",\"properties\":\"{\\\"numRatings\\\":1}\"}]");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("InvalidInputException", refused.Error);
        Assert.Contains("numRatings", refused.Error);
    }
}
