namespace SchemaGen.LocalEndpoint.Schemas;

/// <summary>
/// The reserved fields of an Interactions schema, the Avro types each allows, and the PutEvents member each is
/// filled from (Developer Guide, custom datasets and schemas). Every other field is metadata, sent in
/// <c>properties</c>.
/// </summary>
internal static class InteractionsFields
{
    public const string UserId = "USER_ID";
    public const string ItemId = "ITEM_ID";
    public const string Timestamp = "TIMESTAMP";
    public const string EventType = "EVENT_TYPE";
    public const string EventValue = "EVENT_VALUE";
    public const string Impression = "IMPRESSION";
    public const string RecommendationId = "RECOMMENDATION_ID";
    public const string EventAttributionSource = "EVENT_ATTRIBUTION_SOURCE";

    /// <summary>Present in every Interactions schema, never null.</summary>
    public static readonly string[] Required = [UserId, ItemId, Timestamp];

    /// <summary>The Avro type a reserved field must have, or null for a metadata field.</summary>
    public static string? RequiredType(string fieldName) => fieldName switch
    {
        UserId or ItemId or EventType or Impression or RecommendationId or EventAttributionSource => "string",
        Timestamp => "long",
        EventValue => "float",
        _ => null,
    };

    public static bool IsReserved(string fieldName) => RequiredType(fieldName) is not null;

    /// <summary>The PutEvents member that fills a reserved field, as error messages name it.</summary>
    public static string EventMember(string fieldName) => fieldName switch
    {
        UserId => "userId",
        ItemId => "itemId",
        Timestamp => "sentAt",
        EventType => "eventType",
        EventValue => "eventValue",
        Impression => "impression",
        RecommendationId => "recommendationId",
        EventAttributionSource => "metricAttribution.eventAttributionSource",
        _ => fieldName,
    };
}
