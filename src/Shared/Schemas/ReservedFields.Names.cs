namespace SchemaGen.Generator.Personalize;

// The names of the reserved fields, the Avro type each must have and the PutEvents member each
// travels as: facts of the service alone, with no dependency on the generator's model, so the local endpoint and
// the tool compile this file too.
internal static partial class ReservedFields
{
    public const string UserId = "USER_ID";
    public const string ItemId = "ITEM_ID";
    public const string Timestamp = "TIMESTAMP";
    public const string EventType = "EVENT_TYPE";
    public const string EventValue = "EVENT_VALUE";
    public const string Impression = "IMPRESSION";
    public const string RecommendationId = "RECOMMENDATION_ID";
    public const string EventAttributionSource = "EVENT_ATTRIBUTION_SOURCE";

    /// <summary>
    /// The PutEvents member a reserved field travels as — the request's <c>userId</c>, the event's other members —
    /// as both directions of generated code name it when a value is null or missing.
    /// </summary>
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

    public static bool IsReserved(string fieldName) => fieldName switch
    {
        UserId or ItemId or Timestamp or EventType or EventValue or Impression or RecommendationId or EventAttributionSource => true,
        _ => false,
    };

    /// <summary>
    /// The Avro type a reserved field must have (Developer Guide, custom datasets and schemas), or null for a
    /// metadata field; each may be a union with <c>null</c> but the required ones.
    /// </summary>
    public static string? RequiredAvroType(string fieldName) => fieldName switch
    {
        UserId or ItemId or EventType or Impression or RecommendationId or EventAttributionSource => "string",
        Timestamp => "long",
        EventValue => "float",
        _ => null,
    };

}
