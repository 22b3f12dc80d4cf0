using System.Collections.Generic;

namespace SchemaGen.Generator.Personalize;

/// <summary>
/// What a schema of one Personalize dataset type must be (Developer Guide: custom datasets and schemas, the page of each
/// dataset type, limits): the name of its Avro record, the fields every schema of it has, the other field names it
/// reserves, how many metadata fields it may and must have, and what its data-plane call takes. Written once, here,
/// for the generator's rules, the local endpoint's CreateSchema checks and the tool's importer.
/// </summary>
internal sealed class DatasetType
{
    /// <summary>Interactions: USER_ID, ITEM_ID and TIMESTAMP; at most 5 metadata fields, reserved fields not counted.</summary>
    public static DatasetType Interactions { get; } = new(
        0,
        "Interactions",
        "PutEvents",
        "interaction",
        new[] { ReservedFields.UserId, ReservedFields.ItemId, ReservedFields.Timestamp },
        new[] { ReservedFields.EventType, ReservedFields.EventValue, ReservedFields.Impression, ReservedFields.RecommendationId, ReservedFields.EventAttributionSource },
        maxMetadataFields: 5,
        needsMetadataField: false,
        allowsTextual: false,
        allowsDomain: true,
        maxPropertiesLength: PersonalizeLimits.MaxPropertiesLength);

    /// <summary>Items: ITEM_ID and at least one metadata field, at most 100; CREATION_TIMESTAMP reserved; the one dataset with a textual field.</summary>
    /// <remarks>An older guide gives 50 metadata fields; the limits page now gives 100, which the service enforces.</remarks>
    public static DatasetType Items { get; } = new(
        1,
        "Items",
        "PutItems",
        "item",
        new[] { ReservedFields.ItemId },
        new[] { ReservedFields.CreationTimestamp },
        maxMetadataFields: 100,
        needsMetadataField: true,
        allowsTextual: true,
        allowsDomain: true,
        maxPropertiesLength: PersonalizeLimits.MaxItemPropertiesLength);

    /// <summary>Users: USER_ID and at least one metadata field, at most 25.</summary>
    public static DatasetType Users { get; } = new(
        2,
        "Users",
        "PutUsers",
        "user",
        new[] { ReservedFields.UserId },
        new string[0],
        maxMetadataFields: 25,
        needsMetadataField: true,
        allowsTextual: false,
        allowsDomain: true,
        maxPropertiesLength: PersonalizeLimits.MaxUserPropertiesLength);

    /// <summary>
    /// Actions (custom dataset groups only): ACTION_ID and at least one metadata field, at most 10. The reserved fields
    /// include both ACTION_EXPIRATION_TIMESTAMP and EXPIRATION_TIMESTAMP, the two names the guide's pages give it.
    /// </summary>
    public static DatasetType Actions { get; } = new(
        3,
        "Actions",
        "PutActions",
        "action",
        new[] { ReservedFields.ActionId },
        new[]
        {
            ReservedFields.CreationTimestamp, ReservedFields.Value, ReservedFields.RepeatFrequency,
            ReservedFields.ActionExpirationTimestamp, ReservedFields.ExpirationTimestamp, ReservedFields.Type,
        },
        maxMetadataFields: 10,
        needsMetadataField: true,
        allowsTextual: false,
        allowsDomain: false,
        maxPropertiesLength: PersonalizeLimits.MaxActionPropertiesLength);

    /// <summary>Action interactions (custom dataset groups only): USER_ID, ACTION_ID, TIMESTAMP and EVENT_TYPE; at most 5 metadata fields.</summary>
    public static DatasetType ActionInteractions { get; } = new(
        4,
        "ActionInteractions",
        "PutActionInteractions",
        "action interaction",
        new[] { ReservedFields.UserId, ReservedFields.ActionId, ReservedFields.Timestamp, ReservedFields.EventType },
        new[] { ReservedFields.Impression, ReservedFields.RecommendationId },
        maxMetadataFields: 5,
        needsMetadataField: false,
        allowsTextual: false,
        allowsDomain: false,
        maxPropertiesLength: PersonalizeLimits.MaxActionInteractionPropertiesLength);

    /// <summary>Every dataset type, in the order the guide lists them.</summary>
    public static IReadOnlyList<DatasetType> All { get; } = new[] { Interactions, Items, Users, Actions, ActionInteractions };

    /// <summary>The Avro record's <c>namespace</c>, the same for every dataset type.</summary>
    public const string RecordNamespace = "com.amazonaws.personalize.schema";

    private readonly string[] _requiredFields;
    private readonly string[] _optionalReservedFields;

    private DatasetType(
        int ordinal,
        string recordName,
        string operation,
        string recordNoun,
        string[] requiredFields,
        string[] optionalReservedFields,
        int maxMetadataFields,
        bool needsMetadataField,
        bool allowsTextual,
        bool allowsDomain,
        int maxPropertiesLength)
    {
        Ordinal = ordinal;
        RecordName = recordName;
        ArnName = Generator.Parsing.FieldNaming.ToFieldName(recordName);
        Operation = operation;
        RecordNoun = recordNoun;
        _requiredFields = requiredFields;
        _optionalReservedFields = optionalReservedFields;
        MaxMetadataFields = maxMetadataFields;
        NeedsMetadataField = needsMetadataField;
        AllowsTextual = allowsTextual;
        AllowsDomain = allowsDomain;
        MaxPropertiesLength = maxPropertiesLength;
    }

    /// <summary>The dataset type's position in <see cref="All"/>, for tables kept per dataset type.</summary>
    public int Ordinal { get; }

    /// <summary>The Avro record's <c>name</c>, which is the dataset type's name.</summary>
    public string RecordName { get; }

    /// <summary>The dataset type as a dataset ARN ends with it and CreateDataset names it: <c>ITEMS</c>, <c>ACTION_INTERACTIONS</c>, ….</summary>
    public string ArnName { get; }

    /// <summary>The personalize-events operation that streams records of this type.</summary>
    public string Operation { get; }

    /// <summary>What one record of the dataset type is called in prose: <c>interaction</c>, <c>item</c>, ….</summary>
    public string RecordNoun { get; }

    /// <summary>The fields every schema of this type has, holding a value in every record, in this order.</summary>
    public IReadOnlyList<string> RequiredFields => _requiredFields;

    /// <summary>The reserved fields a schema of this type may have, which must then have their reserved type.</summary>
    public IReadOnlyList<string> OptionalReservedFields => _optionalReservedFields;

    /// <summary>The most metadata fields (fields that are not reserved) a schema of this type may have.</summary>
    public int MaxMetadataFields { get; }

    /// <summary>Whether a schema of this type needs at least one metadata field.</summary>
    public bool NeedsMetadataField { get; }

    /// <summary>Whether a string field of this type may be <c>"textual": true</c> (Items only).</summary>
    public bool AllowsTextual { get; }

    /// <summary>Whether a schema of this type may belong to a domain dataset group (not Actions nor Action interactions).</summary>
    public bool AllowsDomain { get; }

    /// <summary>The most characters the operation's <c>properties</c> string may have (service model).</summary>
    public int MaxPropertiesLength { get; }

    /// <summary>Asked for every field of every schema on every edit: a search of the array, no enumerator.</summary>
    public bool IsRequired(string fieldName) => System.Array.IndexOf(_requiredFields, fieldName) >= 0;

    /// <summary>Whether the field is one this dataset type reserves, required or not; every other is a metadata field.</summary>
    public bool IsReserved(string fieldName) => IsRequired(fieldName) || System.Array.IndexOf(_optionalReservedFields, fieldName) >= 0;

    /// <summary>
    /// Whether the field travels as a member of its data-plane record (an event's <c>itemId</c>, an item's
    /// <c>itemId</c>) rather than inside <c>properties</c>: every reserved field of an event or an action interaction,
    /// only the id of an item, user or action, whose other reserved fields are properties (<c>{"value": "100"}</c>).
    /// </summary>
    public bool IsRecordMember(string fieldName) =>
        this == Interactions || this == ActionInteractions ? IsReserved(fieldName) : IsRequired(fieldName);

    /// <inheritdoc />
    public override string ToString() => RecordName;
}
