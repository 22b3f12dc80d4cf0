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
    public const string ActionId = "ACTION_ID";
    public const string CreationTimestamp = "CREATION_TIMESTAMP";
    public const string Value = "VALUE";
    public const string RepeatFrequency = "REPEAT_FREQUENCY";
    public const string ActionExpirationTimestamp = "ACTION_EXPIRATION_TIMESTAMP";
    public const string ExpirationTimestamp = "EXPIRATION_TIMESTAMP";
    public const string Type = "TYPE";

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

    /// <summary>
    /// The Avro type a reserved field must have (Developer Guide, custom datasets and schemas, and the page of each
    /// dataset type), or null for a name no dataset type reserves; each may be a union with <c>null</c> but the
    /// required ones. A name means the same type in every dataset type that reserves it.
    /// </summary>
    public static string? RequiredAvroType(string fieldName) => fieldName switch
    {
        UserId or ItemId or ActionId or EventType or Impression or RecommendationId or EventAttributionSource or Type => "string",
        Timestamp or CreationTimestamp or ActionExpirationTimestamp or ExpirationTimestamp or Value or RepeatFrequency => "long",
        EventValue => "float",
        _ => null,
    };

    /// <summary>Whether a reserved field holds a point in time in epoch seconds, which a DateTime or DateTimeOffset property may hold too.</summary>
    public static bool IsEpochSeconds(string fieldName) =>
        fieldName is Timestamp or CreationTimestamp or ActionExpirationTimestamp or ExpirationTimestamp;

}
