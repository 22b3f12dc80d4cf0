namespace SchemaGen.Generator.Personalize;

/// <summary>
/// Service limits the parser enforces, each traceable to the Amazon Personalize service models
/// (personalize 2018-05-22, personalize-events 2018-03-22).
/// </summary>
internal static class SchemaLimits
{
    /// <summary>personalize: shape <c>ColumnName</c>, max 150, pattern <c>[A-Za-z_][A-Za-z\d_]*</c>.</summary>
    public const int MaxFieldNameLength = 150;

    /// <summary>personalize-events: <c>Event.eventType</c> is a <c>StringType</c>.</summary>
    public const int MinEventTypeLength = PersonalizeLimits.MinIdLength;

    /// <summary>personalize-events: <c>Event.eventType</c> is a <c>StringType</c>.</summary>
    public const int MaxEventTypeLength = PersonalizeLimits.MaxIdLength;

    /// <summary>personalize: <c>CreateSchemaRequest.name</c> is a <c>Name</c>, length 1–63.</summary>
    public const int MinSchemaNameLength = 1;

    /// <summary>personalize: <c>CreateSchemaRequest.name</c> is a <c>Name</c>, length 1–63.</summary>
    public const int MaxSchemaNameLength = 63;

    /// <summary>Interactions dataset: optional fields plus distinct event types, at most 10 (Developer Guide, limits).</summary>
    public const int MaxOptionalFieldsPlusEventTypes = 10;

    /// <summary>personalize: <c>CreateSchemaRequest.schema</c> is an <c>AvroSchema</c>, max 20,000 characters.</summary>
    public const int MaxAvroSchemaLength = 20000;

    /// <summary>CloudFormation <c>AWS::Personalize::Schema.Schema</c>: maximum 10,000 characters.</summary>
    public const int MaxCloudFormationSchemaLength = 10000;
}
