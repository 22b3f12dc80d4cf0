using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SchemaGen.Tool.Tests;

/// <summary>
/// <c>schemagen import</c> writes the class whose generated schema is equivalent to the one imported: checked by
/// compiling the class with the generator and comparing its Avro JSON with the original, field by field.
/// </summary>
public sealed class ImportTests
{
    [Theory]
    [InlineData("movie-ratings", "MovieRatings", "Interactions")]
    [InlineData("MovieClick", "MovieClick", "Interactions")]
    [InlineData("catalog", "Catalog", "Items")]
    [InlineData("Shopper", "Shopper", "Users")]
    [InlineData("Offer", "Offer", "Actions")]
    [InlineData("OfferEvent", "OfferEvent", "ActionInteractions")]
    public void Export_then_import_then_build_gives_back_an_equivalent_schema(string schemaName, string typeName, string datasetType)
    {
        var folder = ToolRunner.TempFolder();
        Assert.Equal(0, ToolRunner.Run("export", typeof(MovieRating).Assembly.Location, "--out", folder).ExitCode);
        var avsc = Path.Combine(folder, schemaName + ".avsc");
        var code = Path.Combine(folder, typeName + ".cs");

        var (exitCode, _, error) = ToolRunner.Run("import", avsc, "--namespace", "Imported", "--out", code);

        Assert.True(exitCode == 0, error);
        var rebuilt = GeneratedAvroSchema(File.ReadAllText(code), "Imported." + typeName);
        AssertEquivalent(File.ReadAllText(avsc), rebuilt);
        Assert.Equal(datasetType, JsonDocument.Parse(rebuilt).RootElement.GetProperty("name").GetString());
        Assert.Contains("[" + datasetType + "Schema", File.ReadAllText(code), StringComparison.Ordinal);
    }

    [Fact]
    public void The_imported_class_names_fields_its_property_names_would_not_give()
    {
        var code = AvroImporter.ToCSharp(MovieRating.AvroSchemaJson, "movie-ratings", "MovieRatings", ns: null);

        Assert.Contains("[InteractionsSchema(Name = \"movie-ratings\")]", code, StringComparison.Ordinal);
        Assert.Contains("[SchemaField(\"price_usd\")] public double PriceUsd { get; set; }", code, StringComparison.Ordinal);
        Assert.Contains("[Categorical] public string? Genres { get; set; }", code, StringComparison.Ordinal);
        Assert.Contains("public float? EventValue { get; set; }", code, StringComparison.Ordinal);
        Assert.Contains("public string UserId { get; set; } = \"\";", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_domain_schema_imports_with_its_domain_and_builds_back_to_the_same_fields()
    {
        const string Avro = """
            {"type":"record","name":"Items","namespace":"com.amazonaws.personalize.schema","fields":[
              {"name":"ITEM_ID","type":"string"},
              {"name":"PRICE","type":"float"},
              {"name":"CATEGORY_L1","type":"string","categorical":true},
              {"name":"PRODUCT_DESCRIPTION","type":["string","null"],"textual":true}]}
            """;

        var code = AvroImporter.ToCSharp(Avro, "store-items", "StoreItem", ns: "Imported", SchemaGen.Generator.Personalize.SchemaDomain.Ecommerce);

        Assert.Contains("[ItemsSchema(Name = \"store-items\", Domain = PersonalizeDomain.Ecommerce)]", code, StringComparison.Ordinal);
        Assert.Contains("[Textual] public string? ProductDescription { get; set; }", code, StringComparison.Ordinal);
        AssertEquivalent(Avro, GeneratedAvroSchema(code, "Imported.StoreItem"), ignoreUnionOrder: true);
    }

    [Fact]
    public void A_domain_field_without_the_mark_its_domain_requires_is_refused_as_SG1027()
    {
        const string Avro = """{"type":"record","name":"Items","fields":[{"name":"ITEM_ID","type":"string"},{"name":"PRICE","type":"float"},{"name":"CATEGORY_L1","type":"string"}]}""";

        var error = Assert.Throws<ToolException>(() => AvroImporter.ToCSharp(Avro, "store-items", "StoreItem", ns: null, SchemaGen.Generator.Personalize.SchemaDomain.Ecommerce));
        Assert.Equal("SG1027: field CATEGORY_L1 is not marked \"categorical\": true, which the ECOMMERCE domain requires of it", error.Message);
    }

    [Theory]
    [InlineData("{\"type\":\"record\",\"name\":\"Events\",\"fields\":[]}", "the record is named 'Events'; a Personalize schema's record is named after its dataset type: Interactions, Items, Users, Actions, ActionInteractions")]
    [InlineData("{\"type\":\"record\",\"name\":\"Users\",\"fields\":[{\"name\":\"MEMBERSHIP\",\"type\":\"string\"}]}", "SG1011: the schema has no USER_ID field, which every Users schema needs")]
    [InlineData("{\"type\":\"record\",\"name\":\"Items\",\"fields\":[{\"name\":\"ITEM_ID\",\"type\":\"string\"},{\"name\":\"CREATION_TIMESTAMP\",\"type\":\"string\"}]}", "SG1007: field CREATION_TIMESTAMP has type string; in Items schemas the field CREATION_TIMESTAMP has type long")]
    [InlineData("{\"type\":\"record\",\"name\":\"Users\",\"fields\":[{\"name\":\"USER_ID\",\"type\":\"string\"},{\"name\":\"BIO\",\"type\":\"string\",\"textual\":true}]}", "SG1029: field BIO is textual; textual fields belong to Items schemas only")]
    [InlineData("{\"type\":\"record\",\"name\":\"Interactions\",\"fields\":[{\"name\":\"USER_ID\",\"type\":\"string\"},{\"name\":\"ITEM_ID\",\"type\":\"string\"}]}", "SG1011: the schema has no TIMESTAMP field")]
    [InlineData("{\"type\":\"record\",\"name\":\"Interactions\",\"fields\":[{\"name\":\"USER_ID\",\"type\":\"bytes\"}]}", "SG1002: field USER_ID has type bytes")]
    [InlineData("{\"type\":\"record\",\"name\":\"Interactions\",\"fields\":[{\"name\":\"TAGS\",\"type\":{\"type\":\"array\",\"items\":\"string\"}}]}", "SG1002: field TAGS has type {")]
    [InlineData("{\"type\":\"record\",\"name\":\"Interactions\",\"fields\":[{\"name\":\"N\",\"type\":\"int\",\"categorical\":true}]}", "SG1003: field N is categorical")]
    [InlineData("{\"type\":\"record\",\"name\":\"Interactions\",\"fields\":[{\"name\":\"2X\",\"type\":\"int\"}]}", "SG1004: field name '2X' is invalid")]
    [InlineData("{\"type\":\"record\",\"name\":\"Interactions\",\"fields\":[{\"name\":\"TIMESTAMP\",\"type\":[\"null\",\"long\"]}]}", "SG1007: field TIMESTAMP is nullable")]
    [InlineData("{\"type\":", "the schema is not valid JSON")]
    [InlineData("{\"type\":\"record\",\"name\":\"Users\",\"fields\":[{\"name\":\"USER_ID\",\"type\":\"string\"},{\"name\":\"TIER\",\"type\":\"string\",\"categorical\":\"yes\"}]}", "field TIER has \"categorical\": \"yes\"; it is true or false")]
    [InlineData("{\"type\":\"record\",\"name\":\"Items\",\"fields\":[{\"name\":\"ITEM_ID\",\"type\":\"string\"}]}", "SG1028: the schema has no metadata field")]
    public void A_schema_SchemaGen_cannot_express_is_refused_with_the_rule_it_breaks(string avro, string message)
    {
        var folder = ToolRunner.TempFolder();
        var avsc = Path.Combine(folder, "broken.avsc");
        File.WriteAllText(avsc, avro);

        var (exitCode, _, error) = ToolRunner.Run("import", avsc, "--out", Path.Combine(folder, "Broken.cs"));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("schemagen: " + message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "Broken.cs")));
    }

    /// <summary>Compiles <paramref name="code"/> with the generator and returns the type's generated AvroSchemaJson.</summary>
    private static string GeneratedAvroSchema(string code, string typeName)
    {
        var compilation = CSharpCompilation.Create(
            "Imported",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(InteractionsSchemaAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new SchemaGen.Generator.InteractionsSchemaGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        Assert.True(errors.IsEmpty, string.Join("\n", errors) + "\n" + code);
        var field = output.GetTypeByMetadataName(typeName)!.GetMembers("AvroSchemaJson").OfType<IFieldSymbol>().Single();
        return (string)field.ConstantValue!;
    }

    /// <summary>Same fields in the same order, with the same types, nullability and categorical flags.</summary>
    private static void AssertEquivalent(string expected, string actual, bool ignoreUnionOrder = false)
    {
        string[] Fields(string json) => JsonDocument.Parse(json).RootElement.GetProperty("fields").EnumerateArray()
            .Select(field => field.GetProperty("name").GetString() + ":" + TypeOf(field.GetProperty("type"))
                + ":" + (field.TryGetProperty("categorical", out var categorical) && categorical.GetBoolean())
                + ":" + (field.TryGetProperty("textual", out var textual) && textual.GetBoolean()))
            .ToArray();

        string TypeOf(JsonElement type) =>
            ignoreUnionOrder && type.ValueKind == JsonValueKind.Array
                ? string.Join("|", type.EnumerateArray().Select(branch => branch.GetString()).Order())
                : type.GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal);

        Assert.Equal(Fields(expected), Fields(actual));
    }
}
