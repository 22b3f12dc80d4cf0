using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>Metadata names of the runtime types the generator looks for.</summary>
internal static class KnownNames
{
    public const string RuntimeNamespace = "SchemaGen";
    public const string InteractionsSchemaAttribute = "SchemaGen.InteractionsSchemaAttribute";
    public const string InteractionsSchemaAttributeName = "InteractionsSchemaAttribute";
    public const string ItemsSchemaAttributeName = "ItemsSchemaAttribute";
    public const string UsersSchemaAttributeName = "UsersSchemaAttribute";
    public const string ActionsSchemaAttributeName = "ActionsSchemaAttribute";
    public const string ActionInteractionsSchemaAttributeName = "ActionInteractionsSchemaAttribute";
    public const string TextualAttribute = "TextualAttribute";
    public const string SchemaFieldAttribute = "SchemaFieldAttribute";
    public const string CategoricalAttribute = "CategoricalAttribute";
    public const string SchemaIgnoreAttribute = "SchemaIgnoreAttribute";
    public const string EventTypesArgument = "EventTypes";
    public const string NameArgument = "Name";
    public const string InlineItemAndValueArgument = "InlineItemAndValue";
    public const string DomainArgument = "Domain";
    public const string PersonalizeDomainType = "PersonalizeDomain";

    /// <summary>The schema attribute classes, by name, each with the dataset type it declares.</summary>
    public static DatasetType? DatasetOfAttribute(string attributeClassName) => attributeClassName switch
    {
        InteractionsSchemaAttributeName => DatasetType.Interactions,
        ItemsSchemaAttributeName => DatasetType.Items,
        UsersSchemaAttributeName => DatasetType.Users,
        ActionsSchemaAttributeName => DatasetType.Actions,
        ActionInteractionsSchemaAttributeName => DatasetType.ActionInteractions,
        _ => null,
    };

    /// <summary>The domain a <c>PersonalizeDomain</c> value names: 1 ECOMMERCE, 2 VIDEO_ON_DEMAND; null for none (or a value the enum lacks).</summary>
    public static SchemaDomain? DomainOfValue(object? value) => value switch
    {
        1 => SchemaDomain.Ecommerce,
        2 => SchemaDomain.VideoOnDemand,
        _ => null,
    };

    /// <summary>Whether a <c>PersonalizeDomain</c> member name is one, and which domain it names (null for <c>None</c>).</summary>
    public static bool TryDomainOfMember(string memberName, out SchemaDomain? domain)
    {
        domain = memberName switch
        {
            "Ecommerce" => SchemaDomain.Ecommerce,
            "VideoOnDemand" => SchemaDomain.VideoOnDemand,
            _ => null,
        };
        return domain is not null || memberName == "None";
    }
    public const string SdkEventType = "Amazon.PersonalizeEvents.Model.Event";
    public const string SdkPutEventsRequestType = "Amazon.PersonalizeEvents.Model.PutEventsRequest";
    public const string SdkMetricAttributionType = "Amazon.PersonalizeEvents.Model.MetricAttribution";
    public const string SdkClientType = "Amazon.PersonalizeEvents.IAmazonPersonalizeEvents";
    public const string SdkItemType = "Amazon.PersonalizeEvents.Model.Item";
    public const string SdkPutItemsRequestType = "Amazon.PersonalizeEvents.Model.PutItemsRequest";
    public const string SdkUserType = "Amazon.PersonalizeEvents.Model.User";
    public const string SdkPutUsersRequestType = "Amazon.PersonalizeEvents.Model.PutUsersRequest";
    public const string SdkActionType = "Amazon.PersonalizeEvents.Model.Action";
    public const string SdkPutActionsRequestType = "Amazon.PersonalizeEvents.Model.PutActionsRequest";
    public const string SdkActionInteractionType = "Amazon.PersonalizeEvents.Model.ActionInteraction";
    public const string SdkPutActionInteractionsRequestType = "Amazon.PersonalizeEvents.Model.PutActionInteractionsRequest";
    public const string SdkServiceExceptionType = "Amazon.Runtime.AmazonServiceException";
}
