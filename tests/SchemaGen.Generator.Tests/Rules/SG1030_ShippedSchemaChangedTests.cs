using System.Linq;
using System.Threading.Tasks;
using SchemaGen.CodeFixes;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using static SchemaGen.Generator.Tests.Rules.RuleTestSources;

namespace SchemaGen.Generator.Tests.Rules;

/// <summary>
/// SG1030 (<c>Parsing/Rules/SG1030_ShippedSchemaChanged.cs</c>): each kind of change to each dataset type against
/// the schema shipped for it — written, as in a real project, by the generator from the declaration as it was.
/// </summary>
public sealed class SG1030_ShippedSchemaChangedTests
{
    private const string ItemsBefore = """
        [ItemsSchema]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
            [Categorical] public string Genre { get; set; } = "";
            public int Stock { get; set; }
            [Textual] public string? Description { get; set; }
        }
        """;

    /// <summary>The shipped file of <paramref name="declaration"/>: its generated Avro schema, as <c>schemagen export</c> writes it.</summary>
    private static (string Path, string Text) Shipped(string declaration, string typeName, string schemaName)
    {
        var json = GeneratorRunner.Run(TestCompilation.Create(Usings + declaration)).AvroSchemaJson(typeName);
        return ("/0/ShippedSchemas/" + schemaName + ".avsc", json + "\n");
    }

    private static Task Verify(string before, string after, string typeName, string? schemaName = null) =>
        AnalyzerVerifier<ShippedSchemaAnalyzer>.VerifyAsync(Usings + after, additionalFiles: [Shipped(before, typeName, schemaName ?? typeName)]);

    private static Task VerifyBoth(string before, string after, (string Type, string Schema) first, (string Type, string Schema) second) =>
        AnalyzerVerifier<ShippedSchemaAnalyzer>.VerifyAsync(Usings + after, additionalFiles: [Shipped(before, first.Type, first.Schema), Shipped(before, second.Type, second.Schema)]);

    [Fact]
    public Task SG1030_not_reported_for_an_unchanged_schema_nor_an_added_nullable_field_of_items_and_users() => Verify(
        ItemsBefore + """

        [UsersSchema]
        public partial class Shopper
        {
            public string UserId { get; set; } = "";
            [Categorical] public string? Tier { get; set; }
        }
        """,
        """
        [ItemsSchema]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
            [Categorical] public string Genre { get; set; } = "";
            public int Stock { get; set; }
            [Textual] public string? Description { get; set; }
            public double? Rating { get; set; }
        }
        """,
        "Product");

    [Fact]
    public Task SG1030_an_items_field_added_not_nullable_retyped_recategorized_or_untextualed() => Verify(
        ItemsBefore,
        """
        [ItemsSchema]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
            public string {|SG1030:Genre|} { get; set; } = "";
            public long {|SG1030:Stock|} { get; set; }
            public string? {|SG1030:Description|} { get; set; }
            public int {|SG1030:Pages|} { get; set; }
        }
        """,
        "Product");

    [Fact]
    public Task SG1030_an_items_field_removed_or_renamed_is_reported_on_the_type() => Verify(
        ItemsBefore,
        """
        [ItemsSchema]
        public partial class {|SG1030:{|SG1030:Product|}|}
        {
            public string ItemId { get; set; } = "";
            [Categorical] public string {|SG1030:Category|} { get; set; } = "";
            [Textual] public string? Description { get; set; }
            public int? Stock2 { get; set; }
        }
        """,
        "Product");

    [Fact]
    public Task SG1030_a_users_field_that_became_nullable() => Verify(
        """
        [UsersSchema]
        public partial class Shopper
        {
            public string UserId { get; set; } = "";
            public int Age { get; set; }
        }
        """,
        """
        [UsersSchema]
        public partial class Shopper
        {
            public string UserId { get; set; } = "";
            public int? {|SG1030:Age|} { get; set; }
        }
        """,
        "Shopper");

    [Fact]
    public Task SG1030_any_field_added_to_an_interactions_schema_even_a_nullable_one() => Verify(
        """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        }
        """,
        """
        [InteractionsSchema]
        public partial class Click
        {
            public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
            [Categorical] public string? {|SG1030:Device|} { get; set; }
        }
        """,
        "Click");

    [Fact]
    public Task SG1030_an_actions_field_added_and_an_action_interactions_field_removed() => VerifyBoth(
        """
        [ActionsSchema(Name = "offers")]
        public partial class Offer
        {
            public string ActionId { get; set; } = "";
            [Categorical] public string? Tier { get; set; }
        }

        [ActionInteractionsSchema(Name = "offer-events", EventTypes = new[] { "Viewed" })]
        public partial class OfferEvent
        {
            public string UserId { get; set; } = "";
            public string ActionId { get; set; } = "";
            public long Timestamp { get; set; }
            public string EventType { get; set; } = "";
            public int? Attempts { get; set; }
        }
        """,
        """
        [ActionsSchema(Name = "offers")]
        public partial class Offer
        {
            public string ActionId { get; set; } = "";
            [Categorical] public string? Tier { get; set; }
            public long? {|SG1030:Value|} { get; set; }
        }

        [ActionInteractionsSchema(Name = "offer-events", EventTypes = new[] { "Viewed" })]
        public partial class {|SG1030:OfferEvent|}
        {
            public string UserId { get; set; } = "";
            public string ActionId { get; set; } = "";
            public long Timestamp { get; set; }
            public string EventType { get; set; } = "";
        }
        """,
        ("Offer", "offers"),
        ("OfferEvent", "offer-events"));

    [Fact]
    public Task SG1030_interactions_fields_reordered_but_not_items_fields() => AnalyzerVerifier<ShippedSchemaAnalyzer>.VerifyAsync(
        Usings + """
        [InteractionsSchema]
        public partial class {|SG1030:Click|}
        {
            public string ItemId { get; set; } = "";
            public string UserId { get; set; } = "";
            public long Timestamp { get; set; }
        }

        [ItemsSchema]
        public partial class Product
        {
            [Categorical] public string Genre { get; set; } = "";
            public string ItemId { get; set; } = "";
        }
        """,
        additionalFiles:
        [
            ("/0/ShippedSchemas/Click.avsc", """{"type":"record","name":"Interactions","fields":[{"name":"USER_ID","type":"string"},{"name":"ITEM_ID","type":"string"},{"name":"TIMESTAMP","type":"long"}]}"""),
            ("/0/ShippedSchemas/Product.avsc", """{"type":"record","name":"Items","fields":[{"name":"ITEM_ID","type":"string"},{"name":"GENRE","type":"string","categorical":true}]}"""),
        ]);

    [Fact]
    public Task SG1030_a_schema_shipped_as_another_dataset_type() => AnalyzerVerifier<ShippedSchemaAnalyzer>.VerifyAsync(
        Usings + """
        [UsersSchema(Name = "catalog")]
        public partial class {|SG1030:Shopper|}
        {
            public string UserId { get; set; } = "";
            [Categorical] public string? Tier { get; set; }
        }
        """,
        additionalFiles: [("/0/ShippedSchemas/catalog.avsc", """{"type":"record","name":"Items","fields":[{"name":"ITEM_ID","type":"string"},{"name":"GENRE","type":"string","categorical":true}]}""")]);

    [Fact]
    public Task SG1030_not_reported_without_a_shipped_file_or_for_one_outside_the_shipped_folder() => AnalyzerVerifier<ShippedSchemaAnalyzer>.VerifyAsync(
        Usings + """
        [UsersSchema(Name = "catalog")]
        public partial class Shopper
        {
            public string UserId { get; set; } = "";
            [Categorical] public string? Tier { get; set; }
        }
        """,
        additionalFiles: [("/0/Schemas/catalog.avsc", """{"type":"record","name":"Items","fields":[]}"""), ("/0/ShippedSchemas/other.avsc", "not json")]);

    /// <summary>Found by the grammar: a name two schema types share (SG1021) names no one shipped schema, so neither is compared.</summary>
    [Fact]
    public Task SG1030_not_reported_for_a_schema_name_two_types_share() => AnalyzerVerifier<ShippedSchemaAnalyzer>.VerifyAsync(
        Usings + """
        [UsersSchema(Name = "people")]
        public partial class Shopper
        {
            public string UserId { get; set; } = "";
            [Categorical] public string? Tier { get; set; }
        }

        [ItemsSchema(Name = "people")]
        public partial class Product
        {
            public string ItemId { get; set; } = "";
            [Categorical] public string Genre { get; set; } = "";
        }
        """,
        additionalFiles: [("/0/ShippedSchemas/people.avsc", """{"type":"record","name":"Users","fields":[{"name":"USER_ID","type":"string"},{"name":"TIER","type":["null","string"],"categorical":true}]}""")]);

    [Fact]
    public async Task SG1030_messages_name_the_field_the_change_and_what_the_service_needs()
    {
        var after = Usings + """
            [ItemsSchema]
            public partial class Product
            {
                public string ItemId { get; set; } = "";
                [Categorical] public string Category { get; set; } = "";
                public int Stock { get; set; }
                [Textual] public string? Description { get; set; }
            }

            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
                public int? Attempts { get; set; }
            }
            """;
        var clickBefore = """
            [InteractionsSchema]
            public partial class Click
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public long Timestamp { get; set; }
            }
            """;
        var compilation = TestCompilation.Create(after);
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(compilation, [Shipped(ItemsBefore, "Product", "Product"), Shipped(clickBefore, "Click", "Click")]);

        Assert.Equal(
            [
                "'Click' no longer matches its shipped schema Click.avsc: field ATTEMPTS was added; an Interactions schema cannot be replaced: the service needs a new dataset",
                "'Product' no longer matches its shipped schema Product.avsc: field CATEGORY was added and is not nullable, but the records already stored have no value for it; Personalize replaces an Items schema only with one that adds nullable fields",
                "'Product' no longer matches its shipped schema Product.avsc: field GENRE was removed (renamed to CATEGORY? [SchemaField(\"GENRE\")] on Category keeps the shipped name); Personalize replaces an Items schema only with one that adds nullable fields",
            ],
            diagnostics.Where(diagnostic => diagnostic.Id == "SG1030").Select(diagnostic => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public Task SG1030_code_fix_ships_the_schema_as_it_is_now()
    {
        const string After = """
            [ItemsSchema]
            public partial class Product
            {
                public string ItemId { get; set; } = "";
                [Categorical] public string Genre { get; set; } = "";
                public int Stock { get; set; }
                [Textual] public string? Description { get; set; }
                public int {|SG1030:Pages|} { get; set; }
            }
            """;
        var (path, before) = Shipped(ItemsBefore, "Product", "Product");
        var (_, now) = Shipped(After.Replace("{|SG1030:Pages|}", "Pages", System.StringComparison.Ordinal), "Product", "Product");

        return AnalyzerVerifier<ShippedSchemaAnalyzer>.VerifyFixAsync<UpdateShippedSchemaCodeFix>(
            Usings + After,
            Usings + After.Replace("{|SG1030:Pages|}", "Pages", System.StringComparison.Ordinal),
            additionalFiles: [(path, before, now)]);
    }
}
