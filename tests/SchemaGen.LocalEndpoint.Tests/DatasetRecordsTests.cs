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
            await ControlPlaneCalls.InvokeAsync(first.Uri, "CreateDatasetGroup", new JsonObject { ["name"] = DatasetWalk.Shop, ["domain"] = "ECOMMERCE" });
            await ControlPlaneCalls.InvokeAsync(first.Uri, "CreateSchema", new JsonObject { ["name"] = "shop-items", ["domain"] = "ECOMMERCE", ["schema"] = ShopItem.AvroSchemaJson });
            await ControlPlaneCalls.InvokeAsync(first.Uri, "CreateDataset", new JsonObject { ["name"] = "shop-items", ["datasetGroupArn"] = DatasetWalk.ShopArn, ["schemaArn"] = "arn:aws:personalize:us-west-2:000000000000:schema/shop-items", ["datasetType"] = "ITEMS" });
            await RecordAsync(first, new ShopItem { ItemId = "item-1", Price = 9.99f, CategoryL1 = "shoes" }, new ShopItem { ItemId = "item-2", Price = 19.5f, CategoryL1 = "hats" });
        }

        await using var second = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { DataDirectory = _data.Path });
        Assert.Equal("ITEM_ID,PRICE,CATEGORY_L1\nitem-1,9.99,shoes\nitem-2,19.5,hats\n", second.ExportCsv(DatasetWalk.ItemsArn));

        await RecordAsync(second, new ShopItem { ItemId = "item-1", Price = 12.5f, CategoryL1 = "shoes" }, new ShopItem { ItemId = "item-3", Price = 5f, CategoryL1 = "socks" });
        Assert.Equal("ITEM_ID,PRICE,CATEGORY_L1\nitem-1,12.5,shoes\nitem-2,19.5,hats\nitem-3,5,socks\n", second.ExportCsv(DatasetWalk.ItemsArn));
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
