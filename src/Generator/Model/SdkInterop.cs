namespace SchemaGen.Generator.Model;

/// <summary>
/// Which conversions to the AWS SDK's types the compilation can take: each is generated only when every SDK type it
/// names is there, so a project with stand-ins of some SDK types, or an SDK without them, still compiles.
/// </summary>
[System.Flags]
internal enum SdkInterop
{
    None = 0,

    /// <summary><c>ToSdkEvent</c> and <c>ToSdkRequest</c> of PutEvents: the SDK's <c>Event</c>, <c>MetricAttribution</c> and <c>PutEventsRequest</c>.</summary>
    Events = 1,

    /// <summary><c>AwsSdkPutEventsSender</c>, which also names the SDK's client and its service exception (with <see cref="Events"/> only).</summary>
    Sender = 2,

    /// <summary><c>ToSdkItem</c> and <c>ToSdkRequest</c> of PutItems: the SDK's <c>Item</c> and <c>PutItemsRequest</c>.</summary>
    Items = 4,

    /// <summary><c>ToSdkUser</c> and <c>ToSdkRequest</c> of PutUsers: the SDK's <c>User</c> and <c>PutUsersRequest</c>.</summary>
    Users = 8,

    /// <summary><c>ToSdkAction</c> and <c>ToSdkRequest</c> of PutActions: the SDK's <c>Action</c> and <c>PutActionsRequest</c>.</summary>
    Actions = 16,

    /// <summary><c>ToSdkActionInteraction</c> and <c>ToSdkRequest</c> of PutActionInteractions: the SDK's <c>ActionInteraction</c> and <c>PutActionInteractionsRequest</c>.</summary>
    ActionInteractions = 32,
}
