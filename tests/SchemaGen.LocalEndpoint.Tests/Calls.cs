using System.Text.Json.Nodes;
using Xunit;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>Builds the call lists the client drivers run, and reads their results.</summary>
public static class Calls
{
    public const string Group = "guide-group";
    public const string GroupArn = "arn:aws:personalize:us-west-2:000000000000:dataset-group/" + Group;
    public const string SchemaArn = "arn:aws:personalize:us-west-2:000000000000:schema/guide-schema";
    public const string EventsDatasetArn = "arn:aws:personalize:us-west-2:000000000000:dataset/" + Group + "/EVENT_INTERACTIONS";

    /// <summary>A boto3 call: service, snake_case operation, parameters.</summary>
    public static JsonObject Boto3(string service, string operation, JsonObject? parameters = null) =>
        new() { ["service"] = service, ["operation"] = operation, ["params"] = parameters ?? [] };

    /// <summary>A JavaScript SDK call: client (personalize or events), command class, input.</summary>
    public static JsonObject Js(string client, string command, JsonObject? input = null) =>
        new() { ["client"] = client, ["command"] = command, ["input"] = input ?? [] };

    /// <summary>The guide's steps before recording: schema, dataset group, Interactions dataset, event tracker.</summary>
    public static JsonObject[] SetUpInputs(string schema) =>
    [
        new() { ["name"] = "guide-schema", ["schema"] = schema },
        new() { ["name"] = Group },
        new() { ["name"] = "guide-interactions", ["schemaArn"] = SchemaArn, ["datasetGroupArn"] = GroupArn, ["datasetType"] = "Interactions" },
        new() { ["name"] = "guide-tracker", ["datasetGroupArn"] = GroupArn },
    ];

    public static readonly string[] SetUpOperations = ["create_schema", "create_dataset_group", "create_dataset", "create_event_tracker"];

    /// <summary>The guide's two PutEvents examples (a plain event; an event value with metadata in properties), and the older form.</summary>
    public static JsonArray GuideEvents() =>
    [
        new JsonObject { ["eventType"] = "watch", ["sentAt"] = 1719511760, ["itemId"] = "item_id" },
        new JsonObject { ["eventType"] = "rating", ["sentAt"] = 1719511761, ["itemId"] = "item_id_2", ["eventValue"] = 4, ["properties"] = "{\"numberOfRatings\": \"12\"}" },
        new JsonObject { ["eventType"] = "rating", ["sentAt"] = 1719511762, ["properties"] = "{\"itemId\": \"item_id_3\", \"eventValue\": 3, \"numberOfRatings\": 13}" },
    ];

    /// <summary>The bulk-import CSV the guide's events become, in the schema's field order.</summary>
    public const string GuideEventsCsv =
        "USER_ID,ITEM_ID,EVENT_TYPE,EVENT_VALUE,NUMBER_OF_RATINGS,TIMESTAMP\n"
        + "user_id,item_id,watch,,,1719511760\n"
        + "user_id,item_id_2,rating,4,12,1719511761\n"
        + "user_id,item_id_3,rating,3,13,1719511762\n";

    public static JsonObject Ok(JsonNode? result)
    {
        Assert.True(result?["ok"] is JsonObject, "expected success, got " + result?.ToJsonString());
        return result!["ok"]!.AsObject();
    }

    public static string ErrorOf(JsonNode? result)
    {
        Assert.True(result?["error"] is not null, "expected an error, got " + result?.ToJsonString());
        return (string)result!["error"]!;
    }

    /// <summary>The datasets a ListDatasets result lists, as (name, type) pairs.</summary>
    public static (string Name, string Type)[] Datasets(JsonObject listDatasets) =>
        listDatasets["datasets"]!.AsArray().Select(dataset => ((string)dataset!["name"]!, (string)dataset["datasetType"]!)).ToArray();
}
