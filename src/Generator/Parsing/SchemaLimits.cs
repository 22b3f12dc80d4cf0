namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Service limits the parser enforces, each traceable to the Amazon Personalize service models
/// (personalize 2018-05-22, personalize-events 2018-03-22).
/// </summary>
internal static class SchemaLimits
{
    /// <summary>personalize: shape <c>ColumnName</c>, max 150, pattern <c>[A-Za-z_][A-Za-z\d_]*</c>.</summary>
    public const int MaxFieldNameLength = 150;

    /// <summary>personalize-events: <c>Event.eventType</c> is a <c>StringType</c>, length 1–256.</summary>
    public const int MinEventTypeLength = 1;

    /// <summary>personalize-events: <c>Event.eventType</c> is a <c>StringType</c>, length 1–256.</summary>
    public const int MaxEventTypeLength = 256;

    /// <summary>personalize: <c>CreateSchemaRequest.name</c> is a <c>Name</c>, length 1–63.</summary>
    public const int MinSchemaNameLength = 1;

    /// <summary>personalize: <c>CreateSchemaRequest.name</c> is a <c>Name</c>, length 1–63.</summary>
    public const int MaxSchemaNameLength = 63;
}
