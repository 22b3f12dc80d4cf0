using System.Collections.Generic;

namespace SchemaGen.Generator.Personalize;

/// <summary>
/// What a schema of one Personalize dataset type must be (Developer Guide, custom datasets and schemas; limits): the
/// name of its Avro record, the fields every schema of it has, in order, and how many metadata fields it may have.
/// Written once, here, for the generator's rules, the local endpoint's CreateSchema checks and the tool's importer.
/// </summary>
internal sealed class DatasetType
{
    /// <summary>Interactions: USER_ID, ITEM_ID and TIMESTAMP; at most 5 metadata fields, reserved fields not counted.</summary>
    public static DatasetType Interactions { get; } = new(
        "Interactions",
        new[] { ReservedFields.UserId, ReservedFields.ItemId, ReservedFields.Timestamp },
        maxMetadataFields: 5);

    /// <summary>The Avro record's <c>namespace</c>, the same for every dataset type.</summary>
    public const string RecordNamespace = "com.amazonaws.personalize.schema";

    private readonly string[] _requiredFields;

    private DatasetType(string recordName, string[] requiredFields, int maxMetadataFields)
    {
        RecordName = recordName;
        _requiredFields = requiredFields;
        MaxMetadataFields = maxMetadataFields;
    }

    /// <summary>The Avro record's <c>name</c>, which is the dataset type's name.</summary>
    public string RecordName { get; }

    /// <summary>The fields every schema of this type has, holding a value in every record, in this order.</summary>
    public IReadOnlyList<string> RequiredFields => _requiredFields;

    /// <summary>The most metadata fields (fields that are not reserved) a schema of this type may have.</summary>
    public int MaxMetadataFields { get; }

    /// <summary>Asked for every field of every schema on every edit: a search of the array, no enumerator.</summary>
    public bool IsRequired(string fieldName) => System.Array.IndexOf(_requiredFields, fieldName) >= 0;
}
