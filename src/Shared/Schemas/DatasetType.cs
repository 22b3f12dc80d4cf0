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

    private DatasetType(string recordName, string[] requiredFields, int maxMetadataFields)
    {
        RecordName = recordName;
        RequiredFields = requiredFields;
        MaxMetadataFields = maxMetadataFields;
    }

    /// <summary>The Avro record's <c>name</c>, which is the dataset type's name.</summary>
    public string RecordName { get; }

    /// <summary>The Avro record's <c>namespace</c>, the same for every dataset type.</summary>
    public const string RecordNamespace = "com.amazonaws.personalize.schema";

    /// <summary>The fields every schema of this type has, holding a value in every record, in this order.</summary>
    public IReadOnlyList<string> RequiredFields { get; }

    /// <summary>The most metadata fields (fields that are not reserved) a schema of this type may have.</summary>
    public int MaxMetadataFields { get; }

    public bool IsRequired(string fieldName)
    {
        foreach (var required in RequiredFields)
        {
            if (required == fieldName)
            {
                return true;
            }
        }

        return false;
    }
}
