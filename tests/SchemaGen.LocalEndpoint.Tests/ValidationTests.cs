using System.Text.Json.Nodes;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// Every rule the endpoint enforces, broken once, and the exception type the official client raises for it. The
/// cases of one API run in one client process; a failure lists every case that came out wrong.
/// </summary>
public sealed class ValidationTests
{
    private const string DeviceGroupArn = "arn:aws:personalize:us-west-2:000000000000:dataset-group/device-group";

    private static readonly string Valid = GuideInteraction.AvroSchemaJson;

    /// <summary>The walk-through's valid schema with one change.</summary>
    private static string Mutated(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    private static JsonArray Fields(JsonObject root) => root["fields"]!.AsArray();

    private static JsonObject Field(JsonObject root, string name) => Fields(root).Single(field => (string?)field!["name"] == name)!.AsObject();

    /// <summary>CreateSchema and the other control-plane operations: (case, operation, parameters, error code).</summary>
    public static IEnumerable<(string Case, string Operation, JsonObject Parameters, string Error)> ControlPlaneCases()
    {
        (string, string, JsonObject, string) Schema(string name, string schema) =>
            (name, "create_schema", new JsonObject { ["name"] = "s-" + Math.Abs(name.GetHashCode()), ["schema"] = schema }, "InvalidInputException");

        yield return Schema("schema is not JSON", "{\"type\": \"record\"");
        yield return Schema("schema is not a record", Mutated(root => root["type"] = "enum"));
        yield return Schema("record is not named after a dataset type", Mutated(root => root["name"] = "Events"));
        yield return Schema("no USER_ID", Mutated(root => Field(root, "USER_ID")["name"] = "USER_KEY"));
        yield return Schema("TIMESTAMP is a string", Mutated(root => Field(root, "TIMESTAMP")["type"] = "string"));
        yield return Schema("USER_ID is nullable", Mutated(root => Field(root, "USER_ID")["type"] = new JsonArray("null", "string")));
        yield return Schema("EVENT_VALUE is a string", Mutated(root => Field(root, "EVENT_VALUE")["type"] = new JsonArray("null", "string")));
        yield return Schema("a categorical int", Mutated(root => Field(root, "NUMBER_OF_RATINGS")["categorical"] = true));
        yield return Schema("a categorical EVENT_TYPE", Mutated(root => Field(root, "EVENT_TYPE")["categorical"] = true));
        yield return Schema("a textual field", Mutated(root => Fields(root).Add(new JsonObject { ["name"] = "DESCRIPTION", ["type"] = "string", ["textual"] = true })));
        yield return Schema("a nested type", Mutated(root => Field(root, "NUMBER_OF_RATINGS")["type"] = new JsonObject { ["type"] = "array", ["items"] = "int" }));
        yield return Schema("a map type", Mutated(root => Field(root, "NUMBER_OF_RATINGS")["type"] = "map"));
        yield return Schema("a union of two types", Mutated(root => Field(root, "NUMBER_OF_RATINGS")["type"] = new JsonArray("int", "string")));
        yield return Schema("names equal without underscores", Mutated(root =>
        {
            Fields(root).Add(new JsonObject { ["name"] = "GENRES_FIELD_1", ["type"] = "string" });
            Fields(root).Add(new JsonObject { ["name"] = "GENRESFIELD1", ["type"] = "string" });
        }));
        yield return Schema("an invalid field name", Mutated(root => Field(root, "NUMBER_OF_RATINGS")["name"] = "NUMBER-OF-RATINGS"));
        yield return Schema("six metadata fields", Mutated(root =>
        {
            foreach (var i in Enumerable.Range(1, 5))
            {
                Fields(root).Add(new JsonObject { ["name"] = "M" + i, ["type"] = "int" });
            }
        }));
        yield return Schema("over 20,000 characters", Mutated(root => root["doc"] = new string('x', 20_000)));
        yield return ("a domain schema without EVENT_TYPE", "create_schema", new JsonObject
        {
            ["name"] = "domain-schema",
            ["domain"] = "ECOMMERCE",
            ["schema"] = Mutated(root => Fields(root).Remove(Field(root, "EVENT_TYPE"))),
        }, "InvalidInputException");
        yield return ("an unknown domain", "create_dataset_group", new JsonObject { ["name"] = "domain-group", ["domain"] = "RETAIL" }, "InvalidInputException");
        yield return ("a name with a space", "create_schema", new JsonObject { ["name"] = "guide schema", ["schema"] = Valid }, "InvalidInputException");
        yield return ("a 64-character name", "create_dataset_group", new JsonObject { ["name"] = new string('g', 64) }, "InvalidInputException");
        yield return ("a second schema of the same name", "create_schema", new JsonObject { ["name"] = "guide-schema", ["schema"] = Valid }, "ResourceAlreadyExistsException");
        yield return ("a second dataset group of the same name", "create_dataset_group", new JsonObject { ["name"] = Group }, "ResourceAlreadyExistsException");
        yield return ("an unknown schema", "describe_schema", new JsonObject { ["schemaArn"] = SchemaArn + "-missing" }, "ResourceNotFoundException");
        yield return ("a malformed ARN", "describe_dataset_group", new JsonObject { ["datasetGroupArn"] = "not-an-arn" }, "InvalidInputException");
        yield return ("a dataset of an unknown group", "create_dataset", new JsonObject { ["name"] = "d2", ["schemaArn"] = SchemaArn, ["datasetGroupArn"] = GroupArn + "-missing", ["datasetType"] = "Interactions" }, "ResourceNotFoundException");
        yield return ("a dataset of an unknown schema", "create_dataset", new JsonObject { ["name"] = "d3", ["schemaArn"] = SchemaArn + "-missing", ["datasetGroupArn"] = GroupArn, ["datasetType"] = "Interactions" }, "ResourceNotFoundException");
        yield return ("a second Interactions dataset", "create_dataset", new JsonObject { ["name"] = "d4", ["schemaArn"] = SchemaArn, ["datasetGroupArn"] = GroupArn, ["datasetType"] = "Interactions" }, "ResourceAlreadyExistsException");
        yield return ("an Items dataset", "create_dataset", new JsonObject { ["name"] = "d5", ["schemaArn"] = SchemaArn, ["datasetGroupArn"] = GroupArn, ["datasetType"] = "Items" }, "InvalidInputException");
        yield return ("a second event tracker", "create_event_tracker", new JsonObject { ["name"] = "second-tracker", ["datasetGroupArn"] = GroupArn }, "ResourceAlreadyExistsException");
        yield return ("an event tracker of an unknown group", "create_event_tracker", new JsonObject { ["name"] = "t3", ["datasetGroupArn"] = GroupArn + "-missing" }, "ResourceNotFoundException");
        yield return ("a next token never given", "list_schemas", new JsonObject { ["nextToken"] = "forged" }, "InvalidNextTokenException");
        yield return ("maxResults over 100", "list_dataset_groups", new JsonObject { ["maxResults"] = 101 }, "InvalidInputException");
        yield return ("an unknown event tracker", "describe_event_tracker", new JsonObject { ["eventTrackerArn"] = "arn:aws:personalize:us-west-2:000000000000:event-tracker/missing" }, "ResourceNotFoundException");
    }

    /// <summary>PutEvents: (case, request members over a valid one, error code).</summary>
    public static IEnumerable<(string Case, Func<string, JsonObject> Request, string Error)> PutEventsCases()
    {
        static JsonObject Event(string? properties = null) =>
            properties is null
                ? new JsonObject { ["eventType"] = "watch", ["sentAt"] = 1719511760, ["itemId"] = "item" }
                : new JsonObject { ["eventType"] = "watch", ["sentAt"] = 1719511760, ["itemId"] = "item", ["properties"] = properties };

        static Func<string, JsonObject> With(Action<JsonObject> change) => trackingId =>
        {
            var request = new JsonObject { ["trackingId"] = trackingId, ["userId"] = "user", ["sessionId"] = "session", ["eventList"] = new JsonArray(Event()) };
            change(request);
            return request;
        };

        static Func<string, JsonObject> WithEvent(Action<JsonObject> change) => With(request => change(request["eventList"]![0]!.AsObject()));

        yield return ("a 257-character userId", With(request => request["userId"] = new string('u', 257)), "InvalidInputException");
        yield return ("a 257-character sessionId", With(request => request["sessionId"] = new string('s', 257)), "InvalidInputException");
        yield return ("eleven events", With(request => request["eventList"] = new JsonArray(Enumerable.Range(0, 11).Select(_ => (JsonNode)Event()).ToArray())), "InvalidInputException");
        yield return ("a 257-character eventType", WithEvent(e => e["eventType"] = new string('t', 257)), "InvalidInputException");
        yield return ("a 257-character itemId", WithEvent(e => e["itemId"] = new string('i', 257)), "InvalidInputException");
        yield return ("a 257-character eventId", WithEvent(e => e["eventId"] = new string('e', 257)), "InvalidInputException");
        yield return ("properties of 1,025 characters", WithEvent(e => e["properties"] = "{\"numberOfRatings\": \"" + new string('1', 1000) + "\"" + new string(' ', 1025 - 1003 - 20) + "}"), "InvalidInputException");
        yield return ("properties that are not JSON", WithEvent(e => e["properties"] = "{numberOfRatings: 1"), "InvalidInputException");
        yield return ("properties holding an array", WithEvent(e => e["properties"] = "[1]"), "InvalidInputException");
        yield return ("properties not flat", WithEvent(e => e["properties"] = "{\"numberOfRatings\": {\"value\": 1}}"), "InvalidInputException");
        yield return ("properties with userId", WithEvent(e => e["properties"] = "{\"userId\": \"user\"}"), "InvalidInputException");
        yield return ("properties with TIMESTAMP in any case", WithEvent(e => e["properties"] = "{\"TimeStamp\": 1}"), "InvalidInputException");
        yield return ("properties with a key of no field", WithEvent(e => e["properties"] = "{\"numRatings\": \"12\"}"), "InvalidInputException");
        yield return ("properties with a value of another type", WithEvent(e => e["properties"] = "{\"numberOfRatings\": \"twelve\"}"), "InvalidInputException");
        yield return ("itemId twice, differently", WithEvent(e => e["properties"] = "{\"itemId\": \"other\"}"), "InvalidInputException");
        yield return ("no itemId for ITEM_ID", WithEvent(e => e.Remove("itemId")), "InvalidInputException");
        yield return ("a 41-character recommendationId", WithEvent(e => e["recommendationId"] = new string('r', 41)), "InvalidInputException");
        yield return ("an impression of 26 items", WithEvent(e => e["impression"] = new JsonArray(Enumerable.Range(0, 26).Select(i => (JsonNode)("item" + i)).ToArray())), "InvalidInputException");
        yield return ("an impression item of 257 characters", WithEvent(e => e["impression"] = new JsonArray(new string('i', 257))), "InvalidInputException");
        yield return ("an attribution source of spaces", WithEvent(e => e["metricAttribution"] = new JsonObject { ["eventAttributionSource"] = "   " }), "InvalidInputException");
        yield return ("an attribution source of 1,025 characters", WithEvent(e => e["metricAttribution"] = new JsonObject { ["eventAttributionSource"] = new string('a', 1025) }), "InvalidInputException");
        yield return ("an unknown tracking id", With(request => request["trackingId"] = "00000000-0000-0000-0000-000000000000"), "ResourceNotFoundException");
        yield return ("no value for a non-nullable metadata field", With(request => request["trackingId"] = DeviceTrackingIdMarker), "InvalidInputException");
        yield return ("a categorical value of 1,001 characters", With(request =>
        {
            request["trackingId"] = DeviceTrackingIdMarker;
            request["eventList"]![0]!["properties"] = "{\"device\": \"" + new string('d', 1001) + "\"}";
        }), "InvalidInputException");
        yield return ("an impression of 1,001 characters joined", With(request =>
        {
            request["trackingId"] = DeviceTrackingIdMarker;
            request["eventList"]![0]!["properties"] = "{\"device\": \"phone\"}";
            request["eventList"]![0]!["impression"] = new JsonArray(Enumerable.Range(0, 4).Select(i => (JsonNode)new string((char)('a' + i), 250)).ToArray());
        }), "InvalidInputException");
    }

    // Replaced by the device group's tracking id: its schema has DEVICE, which is not nullable.
    private const string DeviceTrackingIdMarker = "device-tracking-id";

    [Boto3Fact]
    public async Task Boto3_reports_each_control_plane_rule_as_the_services_exception()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        await SetUpAsync(endpoint);
        var cases = ControlPlaneCases().ToList();
        var results = await OfficialClients.Boto3Async(endpoint.Uri, new JsonArray(cases.Select(c => (JsonNode)Boto3("personalize", c.Operation, c.Parameters)).ToArray()));
        AssertEach(cases.Select(c => (c.Case, c.Error)), results);
    }

    [Boto3Fact]
    public async Task Boto3_reports_each_PutEvents_rule_as_the_services_exception()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var (trackingId, deviceTrackingId) = await SetUpAsync(endpoint);
        var cases = PutEventsCases().ToList();
        var calls = cases.Select(c =>
        {
            var request = c.Request(trackingId);
            if ((string?)request["trackingId"] == DeviceTrackingIdMarker)
            {
                request["trackingId"] = deviceTrackingId;
            }

            return (JsonNode)Boto3("personalize-events", "put_events", request);
        });
        var results = await OfficialClients.Boto3Async(endpoint.Uri, new JsonArray(calls.ToArray()));
        AssertEach(cases.Select(c => (c.Case, c.Error)), results);
        Assert.Equal(404, (int)results[cases.FindIndex(c => c.Error == "ResourceNotFoundException")]!["status"]!);

        // Refused requests stored nothing.
        Assert.Equal(GuideEventsCsv.Split('\n')[0] + "\n", endpoint.ExportCsv(EventsDatasetArn));
    }

    [JsSdkFact]
    public async Task Aws_sdk_for_javascript_raises_the_modeled_exception_types()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var (trackingId, _) = await SetUpAsync(endpoint);
        var tooLong = PutEventsCases().First(c => c.Case == "properties with a key of no field").Request(trackingId);
        var unknown = PutEventsCases().First(c => c.Case == "an unknown tracking id").Request(trackingId);
        // botocore refuses a date in the year 56000 itself; the JavaScript SDK sends it.
        var milliseconds = PutEventsCases().First(c => c.Case == "a 257-character itemId").Request(trackingId);
        milliseconds["eventList"]![0]!["itemId"] = "item";
        milliseconds["eventList"]![0]!["sentAt"] = 1719511760000;
        var results = await OfficialClients.JsSdkAsync(endpoint.Uri,
        [
            Js("events", "PutEventsCommand", milliseconds),
            Js("events", "PutEventsCommand", tooLong),
            Js("events", "PutEventsCommand", unknown),
            Js("personalize", "CreateSchemaCommand", new JsonObject { ["name"] = "bad", ["schema"] = Mutated(root => Field(root, "TIMESTAMP")["type"] = "string") }),
            Js("personalize", "CreateEventTrackerCommand", new JsonObject { ["name"] = "second", ["datasetGroupArn"] = GroupArn }),
            Js("personalize", "DescribeDatasetCommand", new JsonObject { ["datasetArn"] = EventsDatasetArn + "-missing" }),
            Js("personalize", "ListSchemasCommand", new JsonObject { ["nextToken"] = "forged" }),
        ]);

        AssertEach(
        [
            ("sentAt in milliseconds", "InvalidInputException"),
            ("a properties key of no field", "InvalidInputException"),
            ("an unknown tracking id", "ResourceNotFoundException"),
            ("a TIMESTAMP that is a string", "InvalidInputException"),
            ("a second event tracker", "ResourceAlreadyExistsException"),
            ("an unknown dataset", "ResourceNotFoundException"),
            ("a forged next token", "InvalidNextTokenException"),
        ], results);
    }

    private static void AssertEach(IEnumerable<(string Case, string Error)> expected, JsonArray results)
    {
        var wrong = expected.Zip(results, (c, result) => (c.Case, c.Error, Actual: (string?)result?["error"] ?? "success: " + result?["ok"]?.ToJsonString(), Message: (string?)result?["message"]))
            .Where(outcome => outcome.Actual != outcome.Error)
            .Select(outcome => $"{outcome.Case}: expected {outcome.Error}, got {outcome.Actual} {outcome.Message}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>The guide's group, and a second group whose schema has a non-nullable metadata field; their tracking ids.</summary>
    private static async Task<(string TrackingId, string DeviceTrackingId)> SetUpAsync(LocalPersonalizeEndpoint endpoint)
    {
        var calls = new JsonArray(SetUpOperations.Zip(SetUpInputs(Valid), (operation, input) => (JsonNode)Boto3("personalize", operation, input)).ToArray());
        calls.Add(Boto3("personalize", "create_schema", new JsonObject { ["name"] = "device-schema", ["schema"] = DeviceInteraction.AvroSchemaJson }));
        calls.Add(Boto3("personalize", "create_dataset_group", new JsonObject { ["name"] = "device-group" }));
        calls.Add(Boto3("personalize", "create_dataset", new JsonObject { ["name"] = "device-interactions", ["schemaArn"] = SchemaArn.Replace("guide-schema", "device-schema"), ["datasetGroupArn"] = DeviceGroupArn, ["datasetType"] = "INTERACTIONS" }));
        calls.Add(Boto3("personalize", "create_event_tracker", new JsonObject { ["name"] = "device-tracker", ["datasetGroupArn"] = DeviceGroupArn }));
        var results = await OfficialClients.Boto3Async(endpoint.Uri, calls);
        return ((string)Ok(results[3])["trackingId"]!, (string)Ok(results[7])["trackingId"]!);
    }
}
