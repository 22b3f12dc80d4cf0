using System;
using System.Linq;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// The Avro type each reserved field must have is written once (<c>src/Shared/Schemas</c>), where the local endpoint
/// checks CreateSchema by it; the generator decides a field's Avro type from its value kind and accepts only some
/// kinds per reserved field. Every kind it accepts must give the type the service requires.
/// </summary>
public sealed class ReservedFieldTypesTests
{
    public static TheoryData<string> ReservedFieldNames() => new(
        ReservedFields.UserId, ReservedFields.ItemId, ReservedFields.Timestamp, ReservedFields.EventType, ReservedFields.EventValue,
        ReservedFields.Impression, ReservedFields.RecommendationId, ReservedFields.EventAttributionSource);

    [Theory]
    [MemberData(nameof(ReservedFieldNames))]
    public void Every_kind_the_generator_accepts_for_a_reserved_field_is_written_with_the_type_the_service_requires(string fieldName)
    {
        var accepted = Enum.GetValues<ValueKind>().Where(kind => ReservedFields.Accepts(fieldName, kind, out _)).ToArray();

        Assert.NotEmpty(accepted);
        Assert.All(accepted, kind => Assert.Equal(ReservedFields.RequiredAvroType(fieldName), AvroSchemaWriter.AvroTypeName(ReservedFields.AvroTypeOf(fieldName, kind))));
    }

    [Fact]
    public void A_metadata_field_requires_no_type() => Assert.Null(ReservedFields.RequiredAvroType("NUM_RATINGS"));
}
