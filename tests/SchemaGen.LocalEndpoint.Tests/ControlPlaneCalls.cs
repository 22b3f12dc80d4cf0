using System.Text;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>Control-plane calls signed by AWSSDK.Core, for tests whose subject is not a client.</summary>
internal static class ControlPlaneCalls
{
    private static readonly HttpClient Http = new();

    public static async Task<JsonObject> InvokeAsync(Uri endpoint, string operation, JsonObject input)
    {
        var body = Encoding.UTF8.GetBytes(input.ToJsonString());
        using var request = await SignedRequests.PostAsync(endpoint, "/", body, "AmazonPersonalize." + operation, new BasicAWSCredentials("test", "test"));
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, operation + ": " + text);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The guide's steps up to the event tracker, with the given schema; the tracking id.</summary>
    public static async Task<string> SetUpGuideAsync(Uri endpoint, string schema)
    {
        string[] operations = ["CreateSchema", "CreateDatasetGroup", "CreateDataset", "CreateEventTracker"];
        JsonObject output = [];
        foreach (var (operation, input) in operations.Zip(SetUpInputs(schema)))
        {
            output = await InvokeAsync(endpoint, operation, input);
        }

        return (string)output["trackingId"]!;
    }

    public static async Task<JsonNode> GetAsync(Uri endpoint, string pathAndQuery)
    {
        using var request = await SignedRequests.GetAsync(endpoint, pathAndQuery);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, pathAndQuery + ": " + text);
        return JsonNode.Parse(text)!;
    }
}
