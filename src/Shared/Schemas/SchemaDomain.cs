using System.Collections.Generic;

namespace SchemaGen.Generator.Personalize;

/// <summary>How a domain field must be marked for training, beside its type.</summary>
internal enum FieldMarking
{
    None,
    Categorical,
    Textual,
}

/// <summary>A field a domain requires or reserves in one dataset type: its Avro type and marking.</summary>
internal sealed class DomainField
{
    public DomainField(string name, string avroType, FieldMarking marking, bool isRequired)
    {
        Name = name;
        AvroType = avroType;
        Marking = marking;
        IsRequired = isRequired;
    }

    public string Name { get; }

    /// <summary>The Avro type: <c>string</c>, <c>long</c> or <c>float</c>.</summary>
    public string AvroType { get; }

    public FieldMarking Marking { get; }

    /// <summary>Whether every schema of the domain's dataset type has it (non-nullable); else it is reserved.</summary>
    public bool IsRequired { get; }
}

/// <summary>
/// A domain dataset group (CreateDatasetGroup and CreateSchema <c>domain</c>) and the fields its Interactions, Items and
/// Users schemas require and reserve beyond a custom schema's (Developer Guide: ECOMMERCE and VIDEO_ON_DEMAND datasets
/// and schemas). Where the guide's pages disagree, the stricter reading is written here: CREATION_TIMESTAMP of
/// ECOMMERCE Items is a <c>long</c> of epoch seconds (one table lists it as <c>float</c>).
/// </summary>
internal sealed class SchemaDomain
{
    public static SchemaDomain Ecommerce { get; } = new(
        0,
        "ECOMMERCE",
        interactions: new[] { Required(ReservedFields.EventType, "string") },
        items: new[]
        {
            Required("PRICE", "float"),
            Required("CATEGORY_L1", "string", FieldMarking.Categorical),
            Reserved("CATEGORY_L2", "string", FieldMarking.Categorical),
            Reserved("CATEGORY_L3", "string", FieldMarking.Categorical),
            Reserved("PRODUCT_DESCRIPTION", "string", FieldMarking.Textual),
            Reserved(ReservedFields.CreationTimestamp, "long"),
            Reserved("AGE_GROUP", "string", FieldMarking.Categorical),
            Reserved("ADULT", "string", FieldMarking.Categorical),
            Reserved("GENDER", "string", FieldMarking.Categorical),
        },
        users: new DomainField[0]);

    public static SchemaDomain VideoOnDemand { get; } = new(
        1,
        "VIDEO_ON_DEMAND",
        interactions: new[] { Required(ReservedFields.EventType, "string") },
        items: new[]
        {
            Required(ReservedFields.CreationTimestamp, "long"),
            Required("GENRES", "string", FieldMarking.Categorical),
            Reserved("PRICE", "float"),
            Reserved("DURATION", "float"),
            Reserved("AVERAGE_RATING", "float"),
            Reserved("GENRE_L2", "string", FieldMarking.Categorical),
            Reserved("GENRE_L3", "string", FieldMarking.Categorical),
            Reserved("CONTENT_OWNER", "string", FieldMarking.Categorical),
            Reserved("CONTENT_CLASSIFICATION", "string", FieldMarking.Categorical),
            Reserved("PRODUCT_DESCRIPTION", "string", FieldMarking.Textual),
        },
        users: new[] { Reserved("SUBSCRIPTION_MODEL", "string", FieldMarking.Categorical) });

    /// <summary>Every domain, as CreateSchema's <c>domain</c> names them.</summary>
    public static IReadOnlyList<SchemaDomain> All { get; } = new[] { Ecommerce, VideoOnDemand };

    private readonly DomainField[] _interactions;
    private readonly DomainField[] _items;
    private readonly DomainField[] _users;

    private SchemaDomain(int ordinal, string name, DomainField[] interactions, DomainField[] items, DomainField[] users)
    {
        Ordinal = ordinal;
        Name = name;
        _interactions = interactions;
        _items = items;
        _users = users;
    }

    /// <summary>The domain's position in <see cref="All"/>, for tables kept per domain.</summary>
    public int Ordinal { get; }

    /// <summary>The domain's name as the service spells it.</summary>
    public string Name { get; }

    /// <summary>The fields the domain adds to a schema of <paramref name="dataset"/>; empty for a type a domain has no fields for.</summary>
    public IReadOnlyList<DomainField> FieldsOf(DatasetType dataset) =>
        dataset == DatasetType.Interactions ? _interactions
        : dataset == DatasetType.Items ? _items
        : dataset == DatasetType.Users ? _users
        : new DomainField[0];

    /// <summary>The field of that name the domain adds to <paramref name="dataset"/>, or null.</summary>
    public DomainField? Field(DatasetType dataset, string fieldName)
    {
        foreach (var field in FieldsOf(dataset))
        {
            if (field.Name == fieldName)
            {
                return field;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static DomainField Required(string name, string avroType, FieldMarking marking = FieldMarking.None) => new(name, avroType, marking, isRequired: true);

    private static DomainField Reserved(string name, string avroType, FieldMarking marking = FieldMarking.None) => new(name, avroType, marking, isRequired: false);
}
