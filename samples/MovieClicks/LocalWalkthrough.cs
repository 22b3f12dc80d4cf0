using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Amazon.Runtime;
using SchemaGen;
using SchemaGen.LocalEndpoint;

namespace MovieClicks;

/// <summary>
/// The Recording Events guide against a local endpoint started in this process: schema, dataset group, Interactions
/// dataset, event tracker, the seed's events through SchemaGen's own client, then ListDatasets and whether the
/// group has the data to train; and the movies' metadata recorded into an Items dataset, read back as its CSV.
/// </summary>
internal static class LocalWalkthrough
{
    public static async Task RunAsync(MovieRating[] interactions, Movie[] movies)
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var credentials = new BasicAWSCredentials("test", "test");
        Console.WriteLine($"(a local endpoint at {endpoint.Uri}, region {endpoint.Region}, access key test/test; set PERSONALIZE_TRACKING_ID and AWS_ENDPOINT_URL_PERSONALIZE_EVENTS or AWS_REGION to send elsewhere)");

        using var personalize = new ControlPlaneClient(endpoint.Uri, endpoint.Region, credentials);
        var schemaArn = (string)(await personalize.CallAsync("CreateSchema", new JsonObject { ["name"] = "movie-ratings", ["schema"] = MovieRating.AvroSchemaJson }))["schemaArn"]!;
        var groupArn = (string)(await personalize.CallAsync("CreateDatasetGroup", new JsonObject { ["name"] = "movie-clicks" }))["datasetGroupArn"]!;
        await personalize.CallAsync("CreateDataset", new JsonObject { ["name"] = "movie-ratings-interactions", ["schemaArn"] = schemaArn, ["datasetGroupArn"] = groupArn, ["datasetType"] = "Interactions" });
        var trackingId = (string)(await personalize.CallAsync("CreateEventTracker", new JsonObject { ["name"] = "movie-clicks-tracker", ["datasetGroupArn"] = groupArn }))["trackingId"]!;
        Console.WriteLine($"CreateSchema, CreateDatasetGroup, CreateDataset, CreateEventTracker: tracking id {trackingId}");

        using (var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = credentials }))
        {
            await EventSending.SendAsync(client, trackingId, interactions);
        }

        var datasets = await personalize.CallAsync("ListDatasets", new JsonObject { ["datasetGroupArn"] = groupArn });
        Console.WriteLine("ListDatasets:");
        foreach (var dataset in datasets["datasets"]!.AsArray())
        {
            Console.WriteLine($"  {dataset!["name"]} ({dataset["datasetType"]}, {dataset["status"]})");
        }

        var readiness = await personalize.GetAsync("/local/readiness?datasetGroupArn=" + Uri.EscapeDataString(groupArn));
        Console.WriteLine($"readiness: {readiness.ToJsonString()}");

        var itemsSchemaArn = (string)(await personalize.CallAsync("CreateSchema", new JsonObject { ["name"] = Movie.SchemaInfo.Name, ["schema"] = Movie.AvroSchemaJson }))["schemaArn"]!;
        var itemsArn = (string)(await personalize.CallAsync("CreateDataset", new JsonObject { ["name"] = "movie-clicks-items", ["schemaArn"] = itemsSchemaArn, ["datasetGroupArn"] = groupArn, ["datasetType"] = "Items" }))["datasetArn"]!;
        using (var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = credentials }))
        {
            await ItemSending.SendAsync(client, itemsArn, movies);
        }

        Console.WriteLine("Items dataset, exported as bulk-import CSV:");
        Console.Write(await personalize.GetTextAsync("/local/export?datasetArn=" + Uri.EscapeDataString(itemsArn)));
    }
}
