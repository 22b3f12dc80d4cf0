using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// The names generated code uses for the data-plane record of an Items, Users, Actions or Action interactions schema:
/// the runtime's record, request and interface types, and the generated members that create and read them.
/// </summary>
internal sealed class RecordNames
{
    public static readonly RecordNames Items = new(DatasetType.Items, "Item", "ToItem", "item", "PutItemsBuilder", "PutItemsRequest", "IItemsSchema", "SchemaItem", "ItemId");

    public static readonly RecordNames Users = new(DatasetType.Users, "User", "ToUser", "user", "PutUsersBuilder", "PutUsersRequest", "IUsersSchema", "SchemaUser", "UserId");

    public static readonly RecordNames Actions = new(DatasetType.Actions, "ActionRecord", "ToAction", "action", "PutActionsBuilder", "PutActionsRequest", "IActionsSchema", "SchemaAction", "ActionId");

    public static readonly RecordNames ActionInteractions = new(
        DatasetType.ActionInteractions, "ActionInteraction", "ToActionInteraction", "interaction", "PutActionInteractionsBuilder", "PutActionInteractionsRequest",
        "IActionInteractionsSchema", "SchemaActionInteraction", "ActionId");

    private RecordNames(DatasetType dataset, string recordType, string toMethod, string parameter, string builder, string request, string schemaInterface, string factory, string idProperty)
    {
        RecordType = "global::SchemaGen." + recordType;
        ToMethod = toMethod;
        FromMethod = GeneratedNames.ReaderOf(dataset);
        Parameter = parameter;
        Builder = builder;
        Request = "global::SchemaGen." + request;
        Interface = "global::SchemaGen." + schemaInterface;
        Factory = "global::SchemaGen.Serialization.DatasetRecords." + factory;
        IdProperty = idProperty;
    }

    /// <summary>The names of a schema's dataset type; null for Interactions, whose record is an event.</summary>
    public static RecordNames? Of(DatasetType dataset) =>
        dataset == DatasetType.Items ? Items
        : dataset == DatasetType.Users ? Users
        : dataset == DatasetType.Actions ? Actions
        : dataset == DatasetType.ActionInteractions ? ActionInteractions
        : null;

    /// <summary>The runtime's record type, <c>global::</c>-qualified.</summary>
    public string RecordType { get; }

    /// <summary>The generated instance method that creates the record: <c>ToItem</c>, ….</summary>
    public string ToMethod { get; }

    /// <summary>The generated static method that reads a record back: <c>FromItem</c>, ….</summary>
    public string FromMethod { get; }

    /// <summary>The reader's parameter name.</summary>
    public string Parameter { get; }

    /// <summary>The generated nested builder: <c>PutItemsBuilder</c>, ….</summary>
    public string Builder { get; }

    /// <summary>The runtime's request type, <c>global::</c>-qualified.</summary>
    public string Request { get; }

    /// <summary>The runtime's interface of the dataset type, <c>global::</c>-qualified.</summary>
    public string Interface { get; }

    /// <summary>The runtime helper that creates the record from generated code.</summary>
    public string Factory { get; }

    /// <summary>The record's id property: <c>ItemId</c>, <c>UserId</c>, <c>ActionId</c>.</summary>
    public string IdProperty { get; }
}
