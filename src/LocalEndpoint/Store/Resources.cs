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
/// A dataset: the <c>INTERACTIONS</c> one <c>CreateDataset</c> makes, or the <c>EVENT_INTERACTIONS</c> one that
/// creating an event tracker adds to its group, holding the events it records.
/// </summary>
internal sealed record DatasetResource(string Name, string Arn, string GroupArn, string DatasetType, string SchemaArn, string? TrackingId, double Created);

/// <summary>An event tracker; its tracking id is what PutEvents names.</summary>
internal sealed record EventTrackerResource(string Name, string Arn, string GroupArn, string TrackingId, double Created);
