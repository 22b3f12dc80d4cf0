using SchemaGen.Generator.Personalize;

namespace SchemaGen.LocalEndpoint.Schemas;

/// <summary>
/// The Avro type each reserved field of an Interactions schema must have (Developer Guide, custom datasets and
/// schemas); they may be unions with <c>null</c> except the required ones.
/// </summary>
internal static class ReservedFieldTypes
{
    /// <summary>The Avro type a reserved field must have, or null for a metadata field.</summary>
    public static string? AvroType(string fieldName) => fieldName switch
    {
        ReservedFields.UserId or ReservedFields.ItemId or ReservedFields.EventType or ReservedFields.Impression
            or ReservedFields.RecommendationId or ReservedFields.EventAttributionSource => "string",
        ReservedFields.Timestamp => "long",
        ReservedFields.EventValue => "float",
        _ => null,
    };
}
