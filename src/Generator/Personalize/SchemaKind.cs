using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Personalize;

/// <summary>
/// A schema's dataset type and domain, and what they make of each field: whether it is reserved or required, the Avro
/// type and marking it must have. One instance per combination, so models that hold one compare by reference.
/// </summary>
internal sealed class SchemaKind
{
    private static readonly SchemaKind[] Kinds = CreateAll();

    private SchemaKind(DatasetType dataset, SchemaDomain? domain)
    {
        Dataset = dataset;
        Domain = domain;
        var required = new System.Collections.Generic.List<string>(dataset.RequiredFields);
        foreach (var field in domain?.FieldsOf(dataset) ?? new DomainField[0])
        {
            if (field.IsRequired && !required.Contains(field.Name))
            {
                required.Add(field.Name);
            }
        }

        RequiredFields = required;
        RequiredFieldsText = required.Count == 1 ? required[0] : string.Join(", ", required.GetRange(0, required.Count - 1)) + " and " + required[required.Count - 1];
    }

    public DatasetType Dataset { get; }

    /// <summary>The domain dataset group's domain; null for a custom dataset group.</summary>
    public SchemaDomain? Domain { get; }

    public static SchemaKind Interactions { get; } = Of(DatasetType.Interactions, domain: null);

    /// <summary>The one instance for the combination; a domain on a type that allows none is kept out (its rule reports it).</summary>
    public static SchemaKind Of(DatasetType dataset, SchemaDomain? domain)
    {
        var domainIndex = dataset.AllowsDomain && domain is not null ? 1 + domain.Ordinal : 0;
        return Kinds[(dataset.Ordinal * (1 + SchemaDomain.All.Count)) + domainIndex];
    }

    /// <summary>The fields every schema of this kind has: the dataset type's, then its domain's that it lacks, in the guide's order.</summary>
    public System.Collections.Generic.IReadOnlyList<string> RequiredFields { get; }

    /// <summary>The required fields as messages list them: "USER_ID, ITEM_ID and TIMESTAMP".</summary>
    public string RequiredFieldsText { get; }

    /// <summary>Whether the dataset type reserves the field; a domain's own fields are metadata fields with a fixed type.</summary>
    public bool IsReserved(string fieldName) => Dataset.IsReserved(fieldName);

    /// <summary>Whether every schema of this kind has the field, holding a value in every record.</summary>
    public bool IsRequired(string fieldName) =>
        Dataset.IsRequired(fieldName) || Domain?.Field(Dataset, fieldName) is { IsRequired: true };

    /// <summary>The Avro type the field must have (<c>string</c>, <c>long</c>, <c>float</c>); null for a free metadata field.</summary>
    public string? RequiredAvroType(string fieldName) =>
        Domain?.Field(Dataset, fieldName) is { } domainField ? domainField.AvroType
        : Dataset.IsReserved(fieldName) ? ReservedFields.RequiredAvroType(fieldName)
        : null;

    /// <summary>How the domain requires the field to be marked; <see cref="FieldMarking.None"/> for every other field.</summary>
    public FieldMarking Marking(string fieldName) => Domain?.Field(Dataset, fieldName)?.Marking ?? FieldMarking.None;

    /// <summary>Whether the field has a fixed meaning — reserved by the type, or a domain's — and so is never categorical by choice.</summary>
    public bool HasFixedMeaning(string fieldName) => RequiredAvroType(fieldName) is not null;

    /// <summary>The Avro type of a field: one whose type is fixed as <c>float</c> takes a double too; every other follows its value kind.</summary>
    public AvroType AvroTypeOf(string fieldName, ValueKind kind) =>
        RequiredAvroType(fieldName) == "float" ? AvroType.Float : ReservedFields.AvroTypeOf(kind);

    /// <summary>The dataset type and domain as the messages name them: <c>Items</c>, <c>ECOMMERCE Items</c>.</summary>
    public override string ToString() => Domain is null ? Dataset.RecordName : Domain.Name + " " + Dataset.RecordName;

    private static SchemaKind[] CreateAll()
    {
        var kinds = new SchemaKind[DatasetType.All.Count * (1 + SchemaDomain.All.Count)];
        for (var i = 0; i < DatasetType.All.Count; i++)
        {
            kinds[i * (1 + SchemaDomain.All.Count)] = new SchemaKind(DatasetType.All[i], null);
            for (var j = 0; j < SchemaDomain.All.Count; j++)
            {
                kinds[(i * (1 + SchemaDomain.All.Count)) + 1 + j] = new SchemaKind(DatasetType.All[i], SchemaDomain.All[j]);
            }
        }

        return kinds;
    }
}
