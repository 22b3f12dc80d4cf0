using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// <see cref="DatasetWalk"/> through boto3, the AWS CLI and the AWS SDK for JavaScript v3, each unchanged but for the
/// endpoint URL: every call succeeds or fails with the exception code the walk names, and each dataset exports as
/// the expected CSV.
/// </summary>
public sealed partial class DatasetWalkTests
{
    [Boto3Fact]
    public Task Boto3_walks_every_dataset_type() =>
        WalkAsync((endpoint, steps) => OfficialClients.Boto3Async(endpoint, new JsonArray(steps.Select(step => (JsonNode)Boto3(step.Service, step.SnakeCase, step.Parameters.DeepClone().AsObject())).ToArray())));

    [JsSdkFact]
    public Task Aws_sdk_for_javascript_walks_every_dataset_type() =>
        WalkAsync((endpoint, steps) => OfficialClients.JsSdkAsync(endpoint, new JsonArray(steps.Select(step => (JsonNode)Js(step.Service == "personalize" ? "personalize" : "events", step.Operation + "Command", step.Parameters.DeepClone().AsObject())).ToArray())));

    [AwsCliFact]
    public Task Aws_cli_walks_every_dataset_type() =>
        WalkAsync(async (endpoint, steps) =>
        {
            var results = new JsonArray();
            foreach (var step in steps)
            {
                var (exitCode, output, error) = await OfficialClients.AwsCliAsync(endpoint, step.Service, step.KebabCase, "--cli-input-json", step.Parameters.ToJsonString());
                results.Add(exitCode == 0
                    ? new JsonObject { ["ok"] = output.Trim().Length == 0 ? new JsonObject() : JsonNode.Parse(output) }
                    : new JsonObject { ["error"] = ErrorCode().Match(error) is { Success: true } match ? match.Groups[1].Value : error });
            }

            return results;
        });

    private static async Task WalkAsync(Func<Uri, WalkStep[], Task<JsonArray>> run)
    {
        var clock = new StoppedClock();
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { ActivationDelay = DatasetWalk.ActivationDelay, Clock = clock });

        await RunAsync(run, endpoint.Uri, DatasetWalk.Create());
        clock.Offset += DatasetWalk.ActivationDelay;
        var recorded = await RunAsync(run, endpoint.Uri, DatasetWalk.Record());
        var trackingId = (string)Ok(recorded[^1])["dataset"]!["trackingId"]!;
        clock.Offset += DatasetWalk.ActivationDelay;
        var updated = await RunAsync(run, endpoint.Uri, DatasetWalk.AfterUpdate(trackingId));

        var items = Ok(updated[1])["dataset"]!;
        Assert.Equal(DatasetWalk.ShopItemWithColorArn, (string)items["schemaArn"]!);
        Assert.Equal(DatasetWalk.ShopItemWithColorArn, (string)items["latestDatasetUpdate"]!["schemaArn"]!);
        Assert.Equal("ACTIVE", (string)items["status"]!);
        foreach (var (datasetArn, csv) in DatasetWalk.ExpectedExports)
        {
            Assert.Equal(csv, endpoint.ExportCsv(datasetArn));
        }
    }

    private static async Task<JsonArray> RunAsync(Func<Uri, WalkStep[], Task<JsonArray>> run, Uri endpoint, WalkStep[] steps)
    {
        var results = await run(endpoint, steps);
        var wrong = new List<string>();
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            var result = results[i];
            var error = (string?)result?["error"];
            if (step.Error is null && result?["ok"] is null || step.Error is not null && error != step.Error)
            {
                wrong.Add(step.Operation + " " + step.Parameters.ToJsonString()[..Math.Min(160, step.Parameters.ToJsonString().Length)] + ": expected " + (step.Error ?? "success") + ", got " + result?.ToJsonString());
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        return results;
    }

    [GeneratedRegex(@"\(([A-Za-z]+Exception)\)")]
    private static partial Regex ErrorCode();
}
