using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// The Avro type each reserved field must have — of every dataset type, and of every domain — is written once
/// (<c>src/Shared/Schemas</c>), where the local endpoint checks CreateSchema by it; the generator decides a field's Avro
/// type from its value kind and accepts only some kinds per reserved field. Every kind it accepts must give the type
/// the service requires.
/// </summary>
public sealed class ReservedFieldTypesTests
{
    public static TheoryData<string, string?, string> FixedFields()
    {
        var data = new TheoryData<string, string?, string>();
        foreach (var dataset in DatasetType.All)
        {
            foreach (var field in dataset.RequiredFields.Concat(dataset.OptionalReservedFields))
            {
                data.Add(dataset.RecordName, null, field);
            }

            foreach (var domain in SchemaDomain.All.Where(_ => dataset.AllowsDomain))
            {
                foreach (var field in domain.FieldsOf(dataset))
                {
                    data.Add(dataset.RecordName, domain.Name, field.Name);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixedFields))]
    public void Every_kind_the_generator_accepts_for_a_fixed_field_is_written_with_the_type_the_service_requires(string datasetName, string? domainName, string fieldName)
    {
        var kind = SchemaKind.Of(DatasetType.All.Single(dataset => dataset.RecordName == datasetName), SchemaDomain.All.SingleOrDefault(domain => domain.Name == domainName));
        var required = kind.RequiredAvroType(fieldName);

        var accepted = Enum.GetValues<ValueKind>().Where(value => ReservedFields.Accepts(kind.Dataset, fieldName, required!, value, out _)).ToArray();

        Assert.NotNull(required);
        Assert.NotEmpty(accepted);
        Assert.All(accepted, value => Assert.Equal(required, AvroSchemaWriter.AvroTypeName(kind.AvroTypeOf(fieldName, value))));
    }

    [Fact]
    public void A_metadata_field_requires_no_type()
    {
        Assert.Null(SchemaKind.Interactions.RequiredAvroType("NUM_RATINGS"));

        // A name another dataset type reserves is a metadata field of its own type in an Interactions schema.
        Assert.Null(SchemaKind.Interactions.RequiredAvroType(ReservedFields.CreationTimestamp));
        Assert.Equal("long", SchemaKind.Of(DatasetType.Items, null).RequiredAvroType(ReservedFields.CreationTimestamp));
    }

    [Fact]
    public void Each_ordinal_is_the_position_in_its_list()
    {
        Assert.Equal(Enumerable.Range(0, DatasetType.All.Count), DatasetType.All.Select(dataset => dataset.Ordinal));
        Assert.Equal(Enumerable.Range(0, SchemaDomain.All.Count), SchemaDomain.All.Select(domain => domain.Ordinal));
    }

    [Fact]
    public void Each_dataset_type_and_domain_has_one_instance() =>
        Assert.Same(SchemaKind.Of(DatasetType.Items, SchemaDomain.Ecommerce), SchemaKind.Of(DatasetType.Items, SchemaDomain.Ecommerce));

    [Fact]
    public void A_domain_is_dropped_from_a_type_no_domain_group_holds() =>
        Assert.Null(SchemaKind.Of(DatasetType.Actions, SchemaDomain.Ecommerce).Domain);
}
