using System;
using System.IO;
using System.Linq;
using Avro;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;
using AvroKind = Avro.Schema.Type;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// Every generated schema is parsed by Apache.Avro and compared field by field with what Personalize expects.
/// </summary>
public sealed class AvroSchemaTests
{
    private sealed record ExpectedField(string Name, AvroKind Type, bool Nullable = false, bool Categorical = false, bool Textual = false);

    /// <summary>USER_ID, ITEM_ID and TIMESTAMP, first in every schema of the scenarios.</summary>
    private static readonly ExpectedField[] RequiredFields =
    [
        new("USER_ID", AvroKind.String),
        new("ITEM_ID", AvroKind.String),
        new("TIMESTAMP", AvroKind.Long),
    ];

    [Fact]
    public void Seed_minimal_schema_has_the_three_required_fields()
    {
        var schema = ParseGenerated(Scenarios.SeedMinimal, "MovieClicks.MovieClick");

        AssertFields(schema, RequiredFields);
    }

    [Fact]
    public void Seed_ratings_schema_adds_event_type_value_and_metadata()
    {
        var schema = ParseGenerated(Scenarios.SeedRatings, "MovieClicks.MovieRating");

        AssertFields(
            schema,
            [
                .. RequiredFields,
                new("EVENT_TYPE", AvroKind.String),
                new("EVENT_VALUE", AvroKind.Float, Nullable: true),
                new("NUM_RATINGS", AvroKind.Int),
            ]);
    }

    [Fact]
    public void Every_supported_type_maps_to_its_avro_type()
    {
        var schema = ParseGenerated(Scenarios.AllTypes, "Shop.Events.ShopInteraction");

        AssertFields(
            schema,
            [
                .. RequiredFields,
                new("EVENT_TYPE", AvroKind.String),
                new("EVENT_VALUE", AvroKind.Float),
                new("IMPRESSION", AvroKind.String, Nullable: true),
                new("RECOMMENDATION_ID", AvroKind.String, Nullable: true),
                new("EVENT_ATTRIBUTION_SOURCE", AvroKind.String, Nullable: true),
                new("LOCATION", AvroKind.String, Nullable: true, Categorical: true),
                new("DEVICE", AvroKind.String, Nullable: true, Categorical: true),
                new("GENRE_L2", AvroKind.String, Categorical: true),
                new("QUANTITY", AvroKind.Int),
                new("SESSION_LENGTH", AvroKind.Long, Nullable: true),
                new("PRICE", AvroKind.Float),
                new("DISCOUNT", AvroKind.Double, Nullable: true),
                new("IS_RETURN", AvroKind.Boolean),
                new("DEVICE_OS", AvroKind.String),
                new("SHIP_TO_REGION", AvroKind.String, Nullable: true),
            ]);
    }

    [Theory]
    [InlineData("Shapes.Outer+Middle+NestedClick")]
    [InlineData("Shapes.Outer+HiddenClick")]
    [InlineData("GlobalClick")]
    public void Nested_and_struct_schemas_are_generated(string metadataName)
    {
        var schema = ParseGenerated(Scenarios.Shapes, metadataName);

        AssertFields(schema, RequiredFields);
    }

    [Fact]
    public void Positional_record_parameters_become_fields_in_order()
    {
        var schema = ParseGenerated(Scenarios.Shapes, "Shapes.PositionalRating");

        AssertFields(
            schema,
            [
                .. RequiredFields,
                new("EVENT_VALUE", AvroKind.Float),
            ]);
    }

    [Fact]
    public void Base_class_properties_come_first()
    {
        var schema = ParseGenerated(Scenarios.Shapes, "Shapes.DerivedWatch");

        AssertFields(
            schema,
            [
                .. RequiredFields,
                new("WATCH_SECONDS", AvroKind.Int, Nullable: true),
            ]);
    }

    [Theory]
    [MemberData(nameof(SnapshotTests.ScenarioNames), MemberType = typeof(SnapshotTests))]
    public void Every_generated_schema_parses_and_lists_the_fields_of_its_schema_info(string scenario)
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(SnapshotTests.SourceOf(scenario)));
        // The file's suffix names the dataset type, which is the record's name: .ItemsSchema.g.cs holds an Items record.
        var generatedTypes = run.Output.SyntaxTrees
            .Where(tree => tree.FilePath.EndsWith("Schema.g.cs", StringComparison.Ordinal))
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>()
                .Where(declaration => declaration.BaseList is not null)
                .Select(declaration => (Dataset: Path.GetFileName(tree.FilePath).Split('.')[^3].Replace("Schema", string.Empty, StringComparison.Ordinal),
                    Type: (INamedTypeSymbol)run.Output.GetSemanticModel(tree).GetDeclaredSymbol(declaration)!)))
            .ToList();
        Assert.Equal(run.Result.GeneratedSources.Count(source => source.HintName.EndsWith("Schema.g.cs", StringComparison.Ordinal)), generatedTypes.Count);

        foreach (var (dataset, type) in generatedTypes)
        {
            var json = (string)type.GetMembers("AvroSchemaJson").OfType<IFieldSymbol>().Single().ConstantValue!;
            var schema = Assert.IsType<RecordSchema>(Schema.Parse(json));
            Assert.Equal(dataset, schema.Name);

            // SchemaInfo's field-name list is emitted separately from the JSON; both must list the same fields.
            var infoSource = type.GetMembers("SchemaInfo").Single().DeclaringSyntaxReferences.Single().GetSyntax().ToString();
            var listedNames = string.Join(", ", schema.Fields.Select(field => "\"" + field.Name + "\""));
            Assert.Contains("new string[] { " + listedNames + " }", infoSource, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_items_schema_is_an_items_record_with_its_textual_field()
    {
        var schema = ParseGenerated(Scenarios.Catalog, "Shop.Catalog.Product", "Items");

        AssertFields(
            schema,
            [
                new("ITEM_ID", AvroKind.String),
                new("CREATION_TIMESTAMP", AvroKind.Long),
                new("GENRES", AvroKind.String, Categorical: true),
                new("AVAILABILITY", AvroKind.String, Categorical: true),
                new("PRICE", AvroKind.Double, Nullable: true),
                new("DESCRIPTION", AvroKind.String, Nullable: true, Textual: true),
            ]);
    }

    [Fact]
    public void An_ecommerce_items_schema_has_its_domain_fields_with_their_types_and_marks()
    {
        var schema = ParseGenerated(Scenarios.Domains, "Shop.Domains.StoreItem", "Items");

        AssertFields(
            schema,
            [
                new("ITEM_ID", AvroKind.String),
                new("PRICE", AvroKind.Float),
                new("CATEGORY_L1", AvroKind.String, Categorical: true),
                new("CATEGORY_L2", AvroKind.String, Nullable: true, Categorical: true),
                new("PRODUCT_DESCRIPTION", AvroKind.String, Nullable: true, Textual: true),
            ]);
    }

    [Fact]
    public void A_video_on_demand_float_field_held_as_a_double_is_an_avro_float()
    {
        var schema = ParseGenerated(Scenarios.Domains, "Shop.Domains.Film", "Items");

        Assert.Equal(AvroKind.Float, Assert.IsType<UnionSchema>(schema.Fields.Single(field => field.Name == "AVERAGE_RATING").Schema).Schemas[1].Tag);
    }

    [Fact]
    public void Users_actions_and_action_interactions_schemas_are_records_of_their_dataset_type()
    {
        AssertFields(
            ParseGenerated(Scenarios.Members, "Club.Member", "Users"),
            [new("USER_ID", AvroKind.String), new("AGE", AvroKind.Int), new("MEMBERSHIP_LEVEL", AvroKind.String, Nullable: true, Categorical: true)]);
        AssertFields(
            ParseGenerated(Scenarios.Actions, "Club.Actions.MemberAction", "Actions"),
            [
                new("ACTION_ID", AvroKind.String),
                new("VALUE", AvroKind.Long, Nullable: true),
                new("CREATION_TIMESTAMP", AvroKind.Long, Nullable: true),
                new("REPEAT_FREQUENCY", AvroKind.Long, Nullable: true),
                new("ACTION_EXPIRATION_TIMESTAMP", AvroKind.Long, Nullable: true),
                new("TYPE", AvroKind.String, Nullable: true),
                new("MEMBERSHIP_LEVEL", AvroKind.String, Nullable: true, Categorical: true),
            ]);
        AssertFields(
            ParseGenerated(Scenarios.Actions, "Club.Actions.MemberActionEvent", "ActionInteractions"),
            [
                new("USER_ID", AvroKind.String),
                new("ACTION_ID", AvroKind.String),
                new("TIMESTAMP", AvroKind.Long),
                new("EVENT_TYPE", AvroKind.String),
                new("RECOMMENDATION_ID", AvroKind.String, Nullable: true),
                new("IMPRESSION", AvroKind.String, Nullable: true),
                new("ATTEMPTS", AvroKind.Int, Nullable: true),
            ]);
    }

    private static RecordSchema ParseGenerated(string source, string metadataName, string recordName = "Interactions")
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(source));
        var json = run.AvroSchemaJson(metadataName);

        var schema = Assert.IsType<RecordSchema>(Schema.Parse(json));
        Assert.Equal(recordName, schema.Name);
        Assert.Equal("com.amazonaws.personalize.schema", schema.Namespace);
        Assert.Equal("\"1.0\"", schema.GetProperty("version"));
        return schema;
    }

    private static void AssertFields(RecordSchema schema, params ExpectedField[] expected)
    {
        Assert.Equal(expected.Select(field => field.Name), schema.Fields.Select(field => field.Name));
        foreach (var (field, want) in schema.Fields.Zip(expected))
        {
            if (want.Nullable)
            {
                var union = Assert.IsType<UnionSchema>(field.Schema);
                Assert.Equal([AvroKind.Null, want.Type], union.Schemas.Select(branch => branch.Tag));
                Assert.NotNull(field.DefaultValue);
                Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, field.DefaultValue.Type);
            }
            else
            {
                Assert.Equal(want.Type, Assert.IsType<PrimitiveSchema>(field.Schema).Tag);
                Assert.Null(field.DefaultValue);
            }

            Assert.Equal(want.Categorical ? "true" : null, field.GetProperty("categorical"));
            Assert.Equal(want.Textual ? "true" : null, field.GetProperty("textual"));
        }
    }
}
