namespace SchemaGen;

/// <summary>
/// The domain of a domain dataset group (CreateDatasetGroup and CreateSchema <c>domain</c>), whose schemas must have the
/// domain's required fields and give its reserved fields their fixed types. Interactions, Items and Users schemas only:
/// a domain dataset group has no Actions nor Action interactions dataset.
/// </summary>
public enum PersonalizeDomain
{
    /// <summary>A custom dataset group: no domain.</summary>
    None,

    /// <summary><c>ECOMMERCE</c>: Items need PRICE (float) and CATEGORY_L1 (categorical); Interactions need EVENT_TYPE.</summary>
    Ecommerce,

    /// <summary><c>VIDEO_ON_DEMAND</c>: Items need CREATION_TIMESTAMP and GENRES (categorical); Interactions need EVENT_TYPE.</summary>
    VideoOnDemand,
}
