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

    /// <summary>
    /// The members of the runtime's <c>PersonalizeDomain</c>, each at its value's position, with the domain it names:
    /// the one table the generator reads an argument by (value or name) and writes <c>SchemaInfo</c>'s domain from.
    /// </summary>
    private static readonly (string Member, SchemaDomain? Domain)[] DomainMembers =
    {
        ("None", null),
        ("Ecommerce", SchemaDomain.Ecommerce),
        ("VideoOnDemand", SchemaDomain.VideoOnDemand),
    };

    /// <summary>The domain a <c>PersonalizeDomain</c> value names; null for <c>None</c> (or a value the enum lacks).</summary>
    public static SchemaDomain? DomainOfValue(object? value) =>
        value is int index && index >= 0 && index < DomainMembers.Length ? DomainMembers[index].Domain : null;

    /// <summary>Whether a <c>PersonalizeDomain</c> member name is one, and which domain it names (null for <c>None</c>).</summary>
    public static bool TryDomainOfMember(string memberName, out SchemaDomain? domain)
    {
        foreach (var (member, named) in DomainMembers)
        {
            if (member == memberName)
            {
                domain = named;
                return true;
            }
        }

        domain = null;
        return false;
    }

    /// <summary>The <c>PersonalizeDomain</c> member that names a domain (<c>None</c> for a custom dataset group).</summary>
    public static string DomainMemberOf(SchemaDomain? domain)
    {
        foreach (var (member, named) in DomainMembers)
        {
            if (named == domain)
            {
                return member;
            }
        }

        throw new System.ArgumentOutOfRangeException(nameof(domain));
    }
    /// <summary>SchemaGen.Sending's sender interface, which the generated AWS SDK adapter implements.</summary>
    public const string PutEventsSenderType = "SchemaGen.IPutEventsSender";

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
