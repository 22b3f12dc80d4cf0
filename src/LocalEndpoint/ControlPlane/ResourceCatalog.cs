using System.Collections.Concurrent;
using SchemaGen.Avro;
using SchemaGen.Generator.Personalize;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Store;

namespace SchemaGen.LocalEndpoint.ControlPlane;

/// <summary>
/// Finds the endpoint's resources by ARN or tracking id, each miss the service's <c>ResourceNotFoundException</c>, and
/// keeps each schema's parsed fields: what the control plane, the data plane and <c>/local/</c> all look up.
/// </summary>
internal sealed class ResourceCatalog(LocalStore store, ResourceNames names)
{
    /// <summary>The dataset the guide's event trackers record into: one per group, beside its Interactions dataset.</summary>
    public const string EventInteractionsType = "EVENT_INTERACTIONS";

    // Schemas never change once created (there is no UpdateSchema), so each is parsed once, not on every request.
    private readonly ConcurrentDictionary<string, AvroSchema> _schemas = new(StringComparer.Ordinal);

    public LocalStore Store => store;

    public ResourceNames Names => names;

    public SchemaResource Schema(string arn) =>
        store.Find<SchemaResource>(ResourceKind.Schema, arn) ?? throw ServiceError.NotFound("Could not find schema " + arn + ".");

    public DatasetGroupResource Group(string arn) =>
        store.Find<DatasetGroupResource>(ResourceKind.DatasetGroup, arn) ?? throw ServiceError.NotFound("Could not find dataset group " + arn + ".");

    public DatasetResource Dataset(string arn, int notFoundStatus = 400) =>
        store.Find<DatasetResource>(ResourceKind.Dataset, arn) ?? throw ServiceError.NotFound("Could not find dataset " + arn + ".", notFoundStatus);

    public EventTrackerResource Tracker(string arn) =>
        store.Find<EventTrackerResource>(ResourceKind.EventTracker, arn) ?? throw ServiceError.NotFound("Could not find event tracker " + arn + ".");

    /// <summary>The parsed fields of a schema, which CreateSchema has already checked.</summary>
    public AvroSchema SchemaDefinition(string arn) =>
        _schemas.GetOrAdd(arn, key =>
        {
            var schema = Schema(key);
            return AvroSchemaReader.Read(schema.Schema, DomainNamed(schema.Domain));
        });

    /// <summary>The dataset group's dataset of a type (its ARN name: <c>ITEMS</c>), or null.</summary>
    public DatasetResource? Dataset(DatasetGroupResource group, string datasetType) =>
        store.Find<DatasetResource>(ResourceKind.Dataset, DatasetArn(group, datasetType));

    /// <summary>The ARN of a group's dataset of a type: <c>…:dataset/&lt;group&gt;/ITEMS</c>, as the service names it.</summary>
    public string DatasetArn(DatasetGroupResource group, string datasetType) => names.Arn(ResourceKind.Dataset, group.Name + "/" + datasetType);

    /// <summary>The event tracker with this tracking id, with its group's EVENT_INTERACTIONS dataset; null when unknown.</summary>
    public (EventTrackerResource Tracker, DatasetResource Dataset)? ByTrackingId(string trackingId)
    {
        var tracker = store.FindEventTracker(trackingId);
        if (tracker is null)
        {
            return null;
        }

        return (tracker, Dataset(DatasetArn(Group(tracker.GroupArn), EventInteractionsType)));
    }

    /// <summary>The Action interactions dataset whose tracking id this is; null when unknown.</summary>
    public DatasetResource? ActionInteractionsDataset(string trackingId) =>
        store.FindDatasetByTrackingId(trackingId, DatasetType.ActionInteractions.ArnName);

    /// <summary>The domain a resource names, or null for a custom one.</summary>
    public static SchemaDomain? DomainNamed(string? name) =>
        name is null ? null : SchemaDomain.All.First(domain => domain.Name == name);
}
