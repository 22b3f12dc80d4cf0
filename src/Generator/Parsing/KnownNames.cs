namespace SchemaGen.Generator.Parsing;

/// <summary>Metadata names of the runtime types the generator looks for.</summary>
internal static class KnownNames
{
    public const string RuntimeNamespace = "SchemaGen";
    public const string InteractionsSchemaAttribute = "SchemaGen.InteractionsSchemaAttribute";
    public const string InteractionsSchemaAttributeName = "InteractionsSchemaAttribute";
    public const string SchemaFieldAttribute = "SchemaFieldAttribute";
    public const string CategoricalAttribute = "CategoricalAttribute";
    public const string SchemaIgnoreAttribute = "SchemaIgnoreAttribute";
    public const string EventTypesArgument = "EventTypes";
    public const string NameArgument = "Name";
    public const string InlineItemAndValueArgument = "InlineItemAndValue";
    public const string SdkEventType = "Amazon.PersonalizeEvents.Model.Event";
    public const string SdkPutEventsRequestType = "Amazon.PersonalizeEvents.Model.PutEventsRequest";
    public const string SdkMetricAttributionType = "Amazon.PersonalizeEvents.Model.MetricAttribution";
    public const string SdkClientType = "Amazon.PersonalizeEvents.IAmazonPersonalizeEvents";
    public const string SdkServiceExceptionType = "Amazon.Runtime.AmazonServiceException";
}
