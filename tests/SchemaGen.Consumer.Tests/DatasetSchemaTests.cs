using System;
using System.Linq;
using Avro;
using SchemaGen.Consumer.Tests.Datasets;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>The other dataset types' generated members, in a consuming project, for the README's examples.</summary>
public sealed class DatasetSchemaTests
{
    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    [Fact]
    public void The_readme_item_writes_every_field_but_its_id_into_properties()
    {
        var product = new Product { ItemId = "movie_ten", Genres = ["Horror", "Action"], CreationTimestamp = Created };

        Assert.Equal("{\"creationTimestamp\":\"1700000000\",\"genres\":\"Horror|Action\"}", product.ToPropertiesJson());
        Assert.Equal("ITEM_ID,CREATION_TIMESTAMP,GENRES,DESCRIPTION", Product.CsvHeader);
        Assert.Equal("movie_ten,1700000000,Horror|Action,\n", product.ToCsvRow());
    }

    [Fact]
    public void An_action_writes_its_reserved_fields_into_properties_but_its_id()
    {
        var offer = new Offer { ActionId = "join", Value = 100, ActionExpirationTimestamp = Created, MembershipLevel = "Gold" };

        Assert.Equal("{\"value\":\"100\",\"actionExpirationTimestamp\":\"1700000000\",\"membershipLevel\":\"Gold\"}", offer.ToPropertiesJson());
    }

    [Fact]
    public void An_action_interaction_writes_only_its_metadata_into_properties()
    {
        var taken = new OfferEvent { UserId = "u1", ActionId = "join", EventType = "Taken", Timestamp = Created, Attempts = 2 };

        Assert.Equal("{\"attempts\":\"2\"}", taken.ToPropertiesJson());
        Assert.Equal("u1,join,1700000000,Taken,2\n", taken.ToCsvRow());
    }

    [Fact]
    public void Schema_info_names_the_dataset_type_and_domain()
    {
        Assert.Equal((PersonalizeDatasetType.Items, PersonalizeDomain.None), (Product.SchemaInfo.DatasetType, Product.SchemaInfo.Domain));
        Assert.Equal((PersonalizeDatasetType.Items, PersonalizeDomain.Ecommerce), (StoreItem.SchemaInfo.DatasetType, StoreItem.SchemaInfo.Domain));
        Assert.Equal(PersonalizeDatasetType.Users, Shopper.SchemaInfo.DatasetType);
        Assert.Equal(PersonalizeDatasetType.Actions, Offer.SchemaInfo.DatasetType);
        Assert.Equal(PersonalizeDatasetType.ActionInteractions, OfferEvent.SchemaInfo.DatasetType);
        Assert.Equal(["Viewed", "Taken", "Not taken"], OfferEvent.SchemaInfo.EventTypes);
        Assert.Equal(PersonalizeDatasetType.Interactions, MovieRating.SchemaInfo.DatasetType);
        Assert.Same(Product.SchemaInfo, ((IDatasetSchema)new Product { ItemId = "x" }).Schema);
    }

    [Fact]
    public void Each_schema_is_an_avro_record_named_after_its_dataset_type()
    {
        foreach (var info in new DatasetSchemaInfo[] { Product.SchemaInfo, StoreItem.SchemaInfo, Shopper.SchemaInfo, Offer.SchemaInfo, OfferEvent.SchemaInfo })
        {
            var schema = Assert.IsType<RecordSchema>(Schema.Parse(info.AvroSchemaJson));
            Assert.Equal(info.DatasetType.ToString(), schema.Name);
            Assert.Equal(info.FieldNames, schema.Fields.Select(field => field.Name));
        }
    }

    [Fact]
    public void An_epoch_seconds_field_held_as_a_long_refuses_milliseconds_naming_the_field()
    {
#pragma warning disable SG3004 // The mistake SG3004 catches in the editor, made on purpose: the runtime must refuse it too.
        var film = new Film { ItemId = "f1", CreationTimestamp = 1700000000000, Genres = "Drama" };
#pragma warning restore SG3004

        var error = Assert.Throws<InteractionFormatException>(() => film.ToPropertiesJson());
        Assert.Contains("creationTimestamp", error.Message, StringComparison.Ordinal);
        Assert.Contains("looks like milliseconds", error.Message, StringComparison.Ordinal);
        Assert.Throws<InteractionFormatException>(() => film.ToCsvRow());
    }
}
