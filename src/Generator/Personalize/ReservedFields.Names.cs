namespace SchemaGen.Generator.Personalize;

// The names of the reserved fields, which are required, and the PutEvents member each travels as: facts of the
// service alone, with no dependency on the generator's model, so the local endpoint compiles this file too.
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

    /// <summary>USER_ID, ITEM_ID and TIMESTAMP: present in every schema and holding a value in every record, in this order.</summary>
    public static readonly string[] Required = { UserId, ItemId, Timestamp };

    public static bool IsRequired(string fieldName) => System.Array.IndexOf(Required, fieldName) >= 0;
}
