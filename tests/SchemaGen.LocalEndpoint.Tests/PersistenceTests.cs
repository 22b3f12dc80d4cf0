using System.Text.Json.Nodes;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>With a data folder, resources and accepted events survive a restart; without one, nothing is written.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly DataFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Boto3Fact]
    public async Task Resources_and_events_survive_a_restart()
    {
        string trackingId;
        await using (var first = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { DataDirectory = _data.Path }))
        {
            var setUp = new JsonArray();
            foreach (var (operation, input) in SetUpOperations.Zip(SetUpInputs(GuideInteraction.AvroSchemaJson)))
            {
                setUp.Add(Boto3("personalize", operation, input));
            }

            trackingId = (string)Ok((await OfficialClients.Boto3Async(first.Uri, setUp))[3])["trackingId"]!;
            Ok((await OfficialClients.Boto3Async(first.Uri, [Boto3("personalize-events", "put_events", new JsonObject { ["trackingId"] = trackingId, ["userId"] = "user_id", ["sessionId"] = "session_id", ["eventList"] = GuideEvents() })]))[0]);
        }

        Assert.True(File.Exists(_data.Database));
        await using var second = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { DataDirectory = _data.Path });
        var results = await OfficialClients.Boto3Async(second.Uri,
        [
            Boto3("personalize", "list_datasets", new JsonObject { ["datasetGroupArn"] = GroupArn }),
            Boto3("personalize", "describe_schema", new JsonObject { ["schemaArn"] = SchemaArn }),
            Boto3("personalize", "list_event_trackers"),
            Boto3("personalize-events", "put_events", new JsonObject { ["trackingId"] = trackingId, ["userId"] = "user_id", ["sessionId"] = "session_id", ["eventList"] = new JsonArray(GuideEvents()[0]!.DeepClone()) }),
        ]);

        Assert.Equal([("guide-interactions", "INTERACTIONS"), (Group + "/EVENT_INTERACTIONS", "EVENT_INTERACTIONS")], Datasets(Ok(results[0])));
        Assert.Equal(GuideInteraction.AvroSchemaJson, (string)Ok(results[1])["schema"]!["schema"]!);
        Assert.Single(Ok(results[2])["eventTrackers"]!.AsArray());
        Ok(results[3]);
        Assert.Equal(GuideEventsCsv + "user_id,item_id,watch,,,1719511760\n", second.ExportCsv(EventsDatasetArn));
    }

    [Fact]
    public async Task A_database_damaged_from_outside_is_an_InternalFailure_naming_what_broke()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { DataDirectory = _data.Path });
        await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "CreateDatasetGroup", new JsonObject { ["name"] = Group });
        using (var tamper = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + _data.Database + ";Pooling=False"))
        {
            tamper.Open();
            using var update = tamper.CreateCommand();
            update.CommandText = "UPDATE resources SET body = '[]'";
            Assert.Equal(1, update.ExecuteNonQuery());
        }

        using var http = new System.Net.Http.HttpClient();
        using var request = await SignedRequests.PostAsync(endpoint.Uri, "/", System.Text.Encoding.UTF8.GetBytes(new JsonObject { ["datasetGroupArn"] = GroupArn }.ToJsonString()), "AmazonPersonalize.DescribeDatasetGroup", new Amazon.Runtime.BasicAWSCredentials("test", "test"));
        using var response = await http.SendAsync(request);
        Assert.Equal(500, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("InternalFailure", (string)error["__type"]!);
        Assert.Contains("JsonException", (string)error["message"]!);
    }

    [Fact]
    public async Task Without_a_data_folder_a_new_endpoint_starts_empty()
    {
        await using (var first = await LocalPersonalizeEndpoint.StartAsync())
        {
            await ControlPlaneCalls.SetUpGuideAsync(first.Uri, GuideInteraction.AvroSchemaJson);
        }

        await using var second = await LocalPersonalizeEndpoint.StartAsync();
        var schemas = await ControlPlaneCalls.InvokeAsync(second.Uri, "ListSchemas", []);
        Assert.Empty(schemas["schemas"]!.AsArray());
    }
}
