using System.Text.Json.Nodes;
using Amazon.Runtime;
using SchemaGen.Avro;
using SchemaGen.Generator.Personalize;
using Xunit;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// Items, users and actions kept by id across restarts, recorded through SchemaGen's own recorder; and the one Avro
/// reader the endpoint and the tool share, held to what the generator writes.
/// </summary>
public sealed class DatasetRecordsTests : IDisposable
{
    private readonly DataFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Items_recorded_through_the_recorder_are_kept_by_id_across_a_restart()
    {
        await using (var first = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { DataDirectory = _data.Path }))
        {
            await CreateShopItemsAsync(first);
            await RecordAsync(first, new ShopItem { ItemId = "item-1", Price = 9.99f, CategoryL1 = "shoes" }, new ShopItem { ItemId = "item-2", Price = 19.5f, CategoryL1 = "hats" });
        }

        await using var second = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { DataDirectory = _data.Path });
        Assert.Equal("ITEM_ID,PRICE,CATEGORY_L1\nitem-1,9.99,shoes\nitem-2,19.5,hats\n", second.ExportCsv(DatasetWalk.ItemsArn));

        await RecordAsync(second, new ShopItem { ItemId = "item-1", Price = 12.5f, CategoryL1 = "shoes" }, new ShopItem { ItemId = "item-3", Price = 5f, CategoryL1 = "socks" });
        Assert.Equal("ITEM_ID,PRICE,CATEGORY_L1\nitem-1,12.5,shoes\nitem-2,19.5,hats\nitem-3,5,socks\n", second.ExportCsv(DatasetWalk.ItemsArn));
    }

    [Theory]
    [InlineData(32_000, 200, null)]
    [InlineData(32_001, 400, "InvalidInputException")]
    public async Task Properties_sent_raw_past_the_models_limit_are_refused_and_nothing_is_stored(int length, int status, string? error)
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        await CreateShopItemsAsync(endpoint);
        var padding = new string(' ', length - "{\"price\":\"1\",\"categoryL1\":\"shoes\"}".Length);
        var body = new JsonObject { ["datasetArn"] = DatasetWalk.ItemsArn, ["items"] = new JsonArray(new JsonObject { ["itemId"] = "item-1", ["properties"] = "{\"price\":\"1\",\"categoryL1\":\"shoes\"}" + padding }) };

        var (answer, type, message) = await PostAsync(endpoint, "/items", body);

        Assert.Equal((status, error), (answer, type));
        if (error is not null)
        {
            Assert.Contains("items[0].properties has 32001 characters", message, StringComparison.Ordinal);
        }

        Assert.Equal(error is null ? "ITEM_ID,PRICE,CATEGORY_L1\nitem-1,1,shoes\n" : "ITEM_ID,PRICE,CATEGORY_L1\n", endpoint.ExportCsv(DatasetWalk.ItemsArn));
    }

    [Theory]
    [InlineData("1700000000", 200)]
    [InlineData("253402300799", 200)]
    [InlineData("1700000000000", 400)]
    public async Task An_epoch_seconds_field_refuses_milliseconds_but_takes_a_far_date(string creationTimestamp, int status)
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "CreateDatasetGroup", new JsonObject { ["name"] = "films" });
        await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "CreateSchema", new JsonObject
        {
            ["name"] = "films",
            ["schema"] = """{"type":"record","name":"Items","fields":[{"name":"ITEM_ID","type":"string"},{"name":"CREATION_TIMESTAMP","type":"long"},{"name":"GENRE","type":"string","categorical":true}]}""",
        });
        await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "CreateDataset", new JsonObject { ["name"] = "films", ["datasetGroupArn"] = "arn:aws:personalize:us-west-2:000000000000:dataset-group/films", ["schemaArn"] = "arn:aws:personalize:us-west-2:000000000000:schema/films", ["datasetType"] = "ITEMS" });
        const string Items = "arn:aws:personalize:us-west-2:000000000000:dataset/films/ITEMS";

        var (answer, _, message) = await PostAsync(endpoint, "/items", new JsonObject { ["datasetArn"] = Items, ["items"] = new JsonArray(new JsonObject { ["itemId"] = "f1", ["properties"] = "{\"creationTimestamp\":\"" + creationTimestamp + "\",\"genre\":\"drama\"}" }) });

        Assert.Equal(status, answer);
        if (status == 400)
        {
            Assert.Contains("items[0].properties.creationTimestamp is 1700000000000, which is after the year 9999", message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/items")]
    [InlineData("/users")]
    [InlineData("/actions")]
    [InlineData("/action-interactions")]
    public async Task Injected_faults_reach_every_data_plane_operation(string path)
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { FailRate = 1 });

        var (status, type, _) = await PostAsync(endpoint, path, new JsonObject());

        Assert.Equal((500, "InternalFailure"), (status, type));
        Assert.Equal(1, endpoint.InjectedFaults(Local.Fault.Fail));
    }

    [Fact]
    public void The_reader_reads_back_what_the_generator_writes_for_every_dataset_type_and_domain()
    {
        DatasetSchemaInfo[] schemas =
        [
            GuideInteraction.SchemaInfo, DeviceInteraction.SchemaInfo, ShopItem.SchemaInfo, ShopItemWithColor.SchemaInfo,
            ShopItemWithStock.SchemaInfo, ShopUser.SchemaInfo, OfferAction.SchemaInfo, OfferInteraction.SchemaInfo,
        ];

        foreach (var info in schemas)
        {
            var domain = info.Domain == PersonalizeDomain.None ? null : SchemaDomain.All.Single(candidate => candidate.Name == (info.Domain == PersonalizeDomain.Ecommerce ? "ECOMMERCE" : "VIDEO_ON_DEMAND"));
            var schema = AvroSchemaReader.Read(info.AvroSchemaJson, domain);

            Assert.Equal(info.DatasetType.ToString(), schema.Dataset.RecordName);
            Assert.Same(domain, schema.Domain);
            Assert.Equal(info.FieldNames, schema.Fields.Select(field => field.Name));
            foreach (var (field, written) in schema.Fields.Zip(JsonNode.Parse(info.AvroSchemaJson)!["fields"]!.AsArray()))
            {
                var type = written!["type"]!;
                Assert.Equal(type is JsonArray union ? union.Select(branch => (string)branch!).Single(branch => branch != "null") : (string)type!, field.Type);
                Assert.Equal(type is JsonArray, field.Nullable);
                Assert.Equal(written["categorical"] is { } categorical && (bool)categorical, field.Categorical);
                Assert.Equal(written["textual"] is { } textual && (bool)textual, field.Textual);
            }
        }
    }

    [Theory]
    [InlineData("[\"long\",\"null\"]", true)]
    [InlineData("[\"null\",\"long\"]", true)]
    [InlineData("\"long\"", false)]
    public void A_union_with_null_is_nullable_in_either_order(string type, bool nullable)
    {
        var schema = AvroSchemaReader.Read("""{"type":"record","name":"Users","fields":[{"name":"USER_ID","type":"string"},{"name":"AGE","type":""" + type + "}]}", domain: null);

        Assert.Equal(("long", nullable), (schema.Field("AGE")!.Type, schema.Field("AGE")!.Nullable));
    }

    [Theory]
    [InlineData("""{"name":"TIER","type":"string","categorical":"yes"}""", null, "field TIER has \"categorical\": \"yes\"; it is true or false")]
    [InlineData("""{"name":"TIER","type":"string","categorical":1}""", null, "field TIER has \"categorical\": 1; it is true or false")]
    [InlineData("""{"name":"CREATION_TIMESTAMP","type":"string"}""", "SG1007", "field CREATION_TIMESTAMP has type string; in Items schemas the field CREATION_TIMESTAMP has type long")]
    [InlineData("""{"name":"ITEM_ID","type":["null","string"]}""", "SG1007", "field ITEM_ID is nullable; the required field ITEM_ID holds a value in every item")]
    public void Each_refusal_names_the_field_and_the_rule(string field, string? ruleId, string reason)
    {
        var fields = field.Contains("ITEM_ID", StringComparison.Ordinal) ? field + """,{"name":"TIER","type":"string"}""" : """{"name":"ITEM_ID","type":"string"},""" + field;

        var error = Assert.Throws<AvroSchemaException>(() => AvroSchemaReader.Read("""{"type":"record","name":"Items","fields":[""" + fields + "]}", domain: null));

        Assert.Equal((ruleId, reason), (error.RuleId, error.Reason));
    }

    private static async Task CreateShopItemsAsync(LocalPersonalizeEndpoint endpoint)
    {
        await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "CreateDatasetGroup", new JsonObject { ["name"] = DatasetWalk.Shop, ["domain"] = "ECOMMERCE" });
        await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "CreateSchema", new JsonObject { ["name"] = "shop-items", ["domain"] = "ECOMMERCE", ["schema"] = ShopItem.AvroSchemaJson });
        await ControlPlaneCalls.InvokeAsync(endpoint.Uri, "CreateDataset", new JsonObject { ["name"] = "shop-items", ["datasetGroupArn"] = DatasetWalk.ShopArn, ["schemaArn"] = "arn:aws:personalize:us-west-2:000000000000:schema/shop-items", ["datasetType"] = "ITEMS" });
    }

    /// <summary>A signed events-API request sent as is, past any client's checks: status, error type, message.</summary>
    private static async Task<(int Status, string? Type, string Message)> PostAsync(LocalPersonalizeEndpoint endpoint, string path, JsonObject body)
    {
        using var http = new HttpClient();
        using var request = await SignedRequests.PostAsync(endpoint.Uri, path, System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()), null, new BasicAWSCredentials("test", "test"));
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var type = response.Headers.TryGetValues("X-Amzn-ErrorType", out var values) ? values.Single() : null;
        return ((int)response.StatusCode, type, text);
    }

    private static async Task RecordAsync(LocalPersonalizeEndpoint endpoint, params ShopItem[] items)
    {
        using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = new BasicAWSCredentials("test", "test") });
        var failures = new List<RecordsFailure>();
        await using (var recorder = new ItemRecorder<ShopItem>(client, new DatasetRecorderOptions { DatasetArn = DatasetWalk.ItemsArn, OnFailure = failures.Add }))
        {
            foreach (var item in items)
            {
                await recorder.RecordAsync(item);
            }
        }

        Assert.Empty(failures);
    }
}
