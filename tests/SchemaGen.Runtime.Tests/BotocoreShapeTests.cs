using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// Every kind of request body SchemaGen writes, checked by botocore — an implementation that is not SchemaGen's:
/// each parses to exactly the input shape of its operation in the service model (no unknown member, every required
/// one, every type right), and botocore, serializing the same parameters itself, writes the same JSON.
/// </summary>
public sealed class BotocoreShapeTests
{
    private static readonly string[] Texts = ["a", "movie_ten", "Not taken", "é中😀", "quote \" and \\ backslash", "line\nbreak", "\u0001"];

    [Fact]
    public void Every_request_body_is_the_input_shape_of_its_operation_and_botocore_writes_the_same()
    {
        var random = new Random(20261205);
        var requests = new List<PersonalizeEventsRequest>();
        for (var i = 0; i < 40; i++)
        {
            requests.Add(PutItemsRequest.Batch(Arn("ITEMS"), Records(random, id => new Item(id, Properties(random))))[0]);
            requests.Add(PutUsersRequest.Batch(Arn("USERS"), Records(random, id => new User(id, Properties(random))))[0]);
            requests.Add(PutActionsRequest.Batch(Arn("ACTIONS"), Records(random, id => new ActionRecord(id, Properties(random))))[0]);
            requests.Add(new PutActionInteractionsRequest(Text(random), Records(random, id => Interaction(random, id))));
        }

        var results = Botocore(requests);

        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var result = results[i]!;
            Assert.True((string)result["errors"]! == string.Empty, request.Operation + " " + request.ToJson() + "\n" + result["errors"]);
            Assert.Equal(PathOf(request), (string)result["path"]!);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(request.ToJson()), result["body"]), request.ToJson() + "\nagainst botocore's\n" + result["body"]!.ToJsonString());
        }
    }

    private static string PathOf(PersonalizeEventsRequest request) => request.Operation switch
    {
        "PutItems" => "/items",
        "PutUsers" => "/users",
        "PutActions" => "/actions",
        _ => "/action-interactions",
    };

    private static string Arn(string datasetType) => "arn:aws:personalize:us-west-2:123456789012:dataset/shop/" + datasetType;

    private static string Text(Random random) => Texts[random.Next(Texts.Length)] + random.Next(1000);

    private static T[] Records<T>(Random random, Func<string, T> record) => Enumerable.Range(0, random.Next(1, 11)).Select(_ => record(Text(random))).ToArray();

    /// <summary>No <c>properties</c>, or a flat object of one or two string members.</summary>
    private static string? Properties(Random random) => random.Next(3) switch
    {
        0 => null,
        1 => new JsonObject { ["genres"] = Text(random) }.ToJsonString(),
        _ => new JsonObject { ["numberOfRatings"] = "12", ["note"] = Text(random) }.ToJsonString(),
    };

    private static ActionInteraction Interaction(Random random, string actionId) =>
        new(
            actionId,
            random.Next(2) == 0 ? null : Text(random),
            Text(random),
            DateTimeOffset.FromUnixTimeSeconds(random.NextInt64(0, 4102444800)),
            new[] { "Viewed", "Taken", "Not taken" }[random.Next(3)],
            random.Next(2) == 0 ? null : Text(random),
            random.Next(2) == 0 ? null : "rec-" + random.Next(1000),
            random.Next(2) == 0 ? null : Enumerable.Range(0, random.Next(1, 26)).Select(i => "a" + i).ToArray(),
            Properties(random));

    private static JsonArray Botocore(IReadOnlyList<PersonalizeEventsRequest> requests)
    {
        var input = new JsonArray(requests.Select(request => (JsonNode)new JsonObject { ["operation"] = request.Operation, ["body"] = request.ToJson() }).ToArray());
        var start = new ProcessStartInfo("python3", Path.Combine(AppContext.BaseDirectory, "botocore_shape.py"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var python = Process.Start(start)!;
        python.StandardInput.Write(input.ToJsonString());
        python.StandardInput.Close();
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        if (!python.WaitForExit(60_000) || python.ExitCode != 0)
        {
            throw new InvalidOperationException("botocore could not check the requests: " + error);
        }

        return JsonNode.Parse(output)!.AsArray();
    }
}
