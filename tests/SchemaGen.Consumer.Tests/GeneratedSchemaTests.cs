using System.Linq;
using Avro;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>What a consuming project sees after a normal build.</summary>
public sealed class GeneratedSchemaTests
{
    [Fact]
    public void Registry_lists_every_schema_of_the_assembly_in_name_order()
    {
        Assert.Equal(
            new[]
            {
                typeof(Catalog.CatalogView), typeof(Datasets.CatalogEntry), typeof(Datasets.Film), typeof(Datasets.Offer), typeof(Datasets.OfferEvent), typeof(Datasets.Product),
                typeof(Datasets.Shopper), typeof(Datasets.StoreItem), typeof(DerivedView), typeof(EveryKind), typeof(JoinedImpression), typeof(ListedImpression),
                typeof(MovieClick), typeof(MovieRating), typeof(MovieRatingInline), typeof(PositionalView), typeof(RequiredMembers),
                typeof(WatchEvent),
            },
            SchemaRegistry.All.Select(schema => schema.SchemaType));
    }

    [Fact]
    public void Registry_finds_a_schema_by_name()
    {
        Assert.Same(Catalog.CatalogView.SchemaInfo, SchemaRegistry.Find("catalog-views"));
        Assert.Same(MovieRating.SchemaInfo, SchemaRegistry.Find("MovieRating"));
        Assert.Null(SchemaRegistry.Find("movierating"));
    }

    [Fact]
    public void Every_registered_schema_parses_as_an_avro_record_of_its_dataset_type()
    {
        foreach (var info in SchemaRegistry.All)
        {
            var schema = Assert.IsType<RecordSchema>(Schema.Parse(info.AvroSchemaJson));
            Assert.Equal(info.DatasetType.ToString(), schema.Name);
            Assert.Equal(info.FieldNames, schema.Fields.Select(field => field.Name));
        }
    }

    [Fact]
    public void Schema_info_describes_the_seed_ratings_schema()
    {
        var info = MovieRating.SchemaInfo;

        Assert.Equal("MovieRating", info.Name);
        Assert.Equal(typeof(MovieRating), info.SchemaType);
        Assert.Equal(new[] { "USER_ID", "ITEM_ID", "TIMESTAMP", "EVENT_TYPE", "EVENT_VALUE", "NUM_RATINGS" }, info.FieldNames);
        Assert.Equal(new[] { "like", "rating" }, info.EventTypes);
        Assert.Same(MovieRating.AvroSchemaJson, info.AvroSchemaJson);
    }

    [Fact]
    public void Instances_expose_their_schema_through_the_interface()
    {
        IInteractionsSchema click = new MovieClick { UserId = "u1", ItemId = "i1", Timestamp = 1700000000 };
        IInteractionsSchema view = new Catalog.CatalogView("u1", "i1", default, null, []);

        Assert.Same(MovieClick.SchemaInfo, click.Schema);
        Assert.Same(Catalog.CatalogView.SchemaInfo, view.Schema);
        Assert.Empty(click.Schema.EventTypes);
    }

    [Fact]
    public void Positional_record_struct_maps_renamed_nullable_and_categorical_fields()
    {
        var schema = (RecordSchema)Schema.Parse(Catalog.CatalogView.AvroSchemaJson);

        Assert.Equal(new[] { "USER_ID", "ITEM_ID", "TIMESTAMP", "DEVICE", "GENRES" }, schema.Fields.Select(field => field.Name));
        Assert.Equal(Schema.Type.Long, schema.Fields[2].Schema.Tag);
        var device = Assert.IsType<UnionSchema>(schema.Fields[3].Schema);
        Assert.Equal(new[] { Schema.Type.Null, Schema.Type.String }, device.Schemas.Select(branch => branch.Tag));
        Assert.Equal("true", schema.Fields[3].GetProperty("categorical"));
        Assert.Equal("true", schema.Fields[4].GetProperty("categorical"));
    }
}
