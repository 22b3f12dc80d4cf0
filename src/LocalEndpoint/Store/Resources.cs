namespace SchemaGen.LocalEndpoint.Store;

/// <summary>The kinds of control-plane resource, as their ARNs name them.</summary>
internal static class ResourceKind
{
    public const string Schema = "schema";
    public const string DatasetGroup = "dataset-group";
    public const string Dataset = "dataset";
    public const string EventTracker = "event-tracker";
}

/// <summary>A schema created by <c>CreateSchema</c>.</summary>
internal sealed record SchemaResource(string Name, string Arn, string Schema, string? Domain, double Created);

/// <summary>A dataset group created by <c>CreateDatasetGroup</c>.</summary>
internal sealed record DatasetGroupResource(string Name, string Arn, string? Domain, string? RoleArn, string? KmsKeyArn, double Created);

/// <summary>
/// A dataset: one of the five types <c>CreateDataset</c> makes, or the <c>EVENT_INTERACTIONS</c> one that creating an
/// event tracker adds to its group, holding the events it records. An <c>ACTION_INTERACTIONS</c> dataset holds the
/// tracking id PutActionInteractions names; an EVENT_INTERACTIONS one its tracker's. <c>Updated</c> is when
/// UpdateDataset last gave it a new schema; null if never.
/// </summary>
internal sealed record DatasetResource(string Name, string Arn, string GroupArn, string DatasetType, string SchemaArn, string? TrackingId, double Created, double? Updated = null);

/// <summary>An event tracker; its tracking id is what PutEvents names.</summary>
internal sealed record EventTrackerResource(string Name, string Arn, string GroupArn, string TrackingId, double Created);
