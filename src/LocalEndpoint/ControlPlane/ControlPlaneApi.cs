using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SchemaGen.Generator.Personalize;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Schemas;
using SchemaGen.LocalEndpoint.Store;

namespace SchemaGen.LocalEndpoint.ControlPlane;

/// <summary>
/// The control plane (awsJson1_1: <c>POST /</c> with <c>X-Amz-Target: AmazonPersonalize.&lt;Operation&gt;</c>):
/// schemas, dataset groups, Interactions datasets and event trackers, with the shapes of the service model
/// personalize 2018-05-22.
/// </summary>
internal sealed class ControlPlaneApi(LocalStore store, ResourceNames names, Lifecycle lifecycle)
{
    public const string TargetPrefix = "AmazonPersonalize.";
    public const string InteractionsType = "INTERACTIONS";
    public const string EventInteractionsType = "EVENT_INTERACTIONS";

    private static readonly string[] Domains = ["ECOMMERCE", "VIDEO_ON_DEMAND"];

    // Schemas never change once created (there is no UpdateSchema), so each is parsed once, not on every PutEvents.
    private readonly ConcurrentDictionary<string, InteractionsSchemaDefinition> _definitions = new(StringComparer.Ordinal);

    public JsonObject Invoke(string? target, RequestMembers request) => target switch
    {
        TargetPrefix + "CreateSchema" => CreateSchema(request),
        TargetPrefix + "DescribeSchema" => new JsonObject { ["schema"] = Describe(Schema(request.RequiredArn("schemaArn"))) },
        TargetPrefix + "ListSchemas" => Paging.Page(store.List<SchemaResource>(ResourceKind.Schema), request, "schemas", Summary),
        TargetPrefix + "CreateDatasetGroup" => CreateDatasetGroup(request),
        TargetPrefix + "DescribeDatasetGroup" => new JsonObject { ["datasetGroup"] = Describe(Group(request.RequiredArn("datasetGroupArn"))) },
        TargetPrefix + "ListDatasetGroups" => Paging.Page(store.List<DatasetGroupResource>(ResourceKind.DatasetGroup), request, "datasetGroups", Summary),
        TargetPrefix + "CreateDataset" => CreateDataset(request),
        TargetPrefix + "DescribeDataset" => new JsonObject { ["dataset"] = Describe(Dataset(request.RequiredArn("datasetArn"))) },
        TargetPrefix + "ListDatasets" => Paging.Page(store.List<DatasetResource>(ResourceKind.Dataset, request.Arn("datasetGroupArn")), request, "datasets", Summary),
        TargetPrefix + "CreateEventTracker" => CreateEventTracker(request),
        TargetPrefix + "DescribeEventTracker" => new JsonObject { ["eventTracker"] = Describe(Tracker(request.RequiredArn("eventTrackerArn"))) },
        TargetPrefix + "ListEventTrackers" => Paging.Page(store.List<EventTrackerResource>(ResourceKind.EventTracker, request.Arn("datasetGroupArn")), request, "eventTrackers", Summary),
        TargetPrefix + "DeleteEventTracker" => DeleteEventTracker(request),
        _ => throw new ServiceError("UnknownOperationException", 400, "The local endpoint does not serve the operation '" + target + "'; it serves schemas, dataset groups, datasets and event trackers."),
    };

    public SchemaResource Schema(string arn) =>
        store.Find<SchemaResource>(ResourceKind.Schema, arn) ?? throw ServiceError.NotFound("Could not find schema " + arn + ".");

    public DatasetGroupResource Group(string arn) =>
        store.Find<DatasetGroupResource>(ResourceKind.DatasetGroup, arn) ?? throw ServiceError.NotFound("Could not find dataset group " + arn + ".");

    public DatasetResource Dataset(string arn) =>
        store.Find<DatasetResource>(ResourceKind.Dataset, arn) ?? throw ServiceError.NotFound("Could not find dataset " + arn + ".");

    /// <summary>The parsed fields of a schema, which CreateSchema has already checked.</summary>
    public InteractionsSchemaDefinition SchemaDefinition(string arn) =>
        _definitions.GetOrAdd(arn, key => InteractionsSchemaDefinition.Parse(Schema(key).Schema));

    /// <summary>The dataset group's dataset of a type, or null.</summary>
    public DatasetResource? Dataset(DatasetGroupResource group, string datasetType) =>
        store.Find<DatasetResource>(ResourceKind.Dataset, DatasetArn(group, datasetType));

    private EventTrackerResource Tracker(string arn) =>
        store.Find<EventTrackerResource>(ResourceKind.EventTracker, arn) ?? throw ServiceError.NotFound("Could not find event tracker " + arn + ".");

    private JsonObject CreateSchema(RequestMembers request)
    {
        var name = request.Name();
        var text = request.RequiredString("schema", 1, int.MaxValue);
        var domain = request.Enum("domain", Domains);
        var definition = InteractionsSchemaDefinition.Parse(text);
        if (domain is not null && definition.Field(ReservedFields.EventType) is null)
        {
            throw ServiceError.InvalidInput("Invalid schema: a " + domain + " domain schema needs an EVENT_TYPE field.");
        }

        var arn = names.Arn(ResourceKind.Schema, name);
        store.Add(ResourceKind.Schema, arn, name, null, new SchemaResource(name, arn, text, domain, lifecycle.Now()));
        return new JsonObject { ["schemaArn"] = arn };
    }

    private JsonObject CreateDatasetGroup(RequestMembers request)
    {
        var name = request.Name();
        var roleArn = request.String("roleArn", 0, 256);
        var kmsKeyArn = request.String("kmsKeyArn", 0, 2048);
        var domain = request.Enum("domain", Domains);
        var arn = names.Arn(ResourceKind.DatasetGroup, name);
        store.Add(ResourceKind.DatasetGroup, arn, name, null, new DatasetGroupResource(name, arn, domain, roleArn, kmsKeyArn, lifecycle.Now()));
        var result = new JsonObject { ["datasetGroupArn"] = arn };
        if (domain is not null)
        {
            result["domain"] = domain;
        }

        return result;
    }

    private JsonObject CreateDataset(RequestMembers request)
    {
        var name = request.Name();
        var schemaArn = request.RequiredArn("schemaArn");
        var groupArn = request.RequiredArn("datasetGroupArn");
        var datasetType = request.RequiredString("datasetType", 1, 256);
        if (!string.Equals(datasetType, InteractionsType, StringComparison.OrdinalIgnoreCase))
        {
            throw ServiceError.InvalidInput("datasetType '" + datasetType + "' is not served by the local endpoint, which keeps Interactions datasets only.");
        }

        var group = Group(groupArn);
        Schema(schemaArn);
        var arn = DatasetArn(group, InteractionsType);
        if (store.Find<DatasetResource>(ResourceKind.Dataset, arn) is not null)
        {
            throw ServiceError.AlreadyExists("Dataset group " + group.Name + " already has an Interactions dataset (" + arn + ").");
        }

        store.Add(ResourceKind.Dataset, arn, name, group.Arn, new DatasetResource(name, arn, group.Arn, InteractionsType, schemaArn, null, lifecycle.Now()));
        return new JsonObject { ["datasetArn"] = arn };
    }

    private JsonObject CreateEventTracker(RequestMembers request)
    {
        var name = request.Name();
        var group = Group(request.RequiredArn("datasetGroupArn"));
        if (store.List<EventTrackerResource>(ResourceKind.EventTracker, group.Arn).FirstOrDefault() is { } existing)
        {
            throw ServiceError.AlreadyExists("Dataset group " + group.Name + " already has an event tracker (" + existing.Arn + "); a dataset group has at most one.");
        }

        var interactions = Dataset(group, InteractionsType)
            ?? throw ServiceError.InvalidInput("Dataset group " + group.Name + " has no Interactions dataset; create it (CreateDataset) before its event tracker, whose events follow its schema.");

        var trackingId = Guid.NewGuid().ToString();
        var arn = names.Arn(ResourceKind.EventTracker, Guid.NewGuid().ToString("N").Substring(0, 12));
        var created = lifecycle.Now();
        store.Add(ResourceKind.EventTracker, arn, name, group.Arn, new EventTrackerResource(name, arn, group.Arn, trackingId, created));

        // The guide's dataset of recorded events: one per group, kept (with its events) when a tracker is replaced.
        var eventsArn = DatasetArn(group, EventInteractionsType);
        store.Remove(eventsArn);
        store.Add(ResourceKind.Dataset, eventsArn, group.Name + "/" + EventInteractionsType, group.Arn,
            new DatasetResource(group.Name + "/" + EventInteractionsType, eventsArn, group.Arn, EventInteractionsType, interactions.SchemaArn, trackingId, created));
        return new JsonObject { ["eventTrackerArn"] = arn, ["trackingId"] = trackingId };
    }

    private JsonObject DeleteEventTracker(RequestMembers request)
    {
        var tracker = Tracker(request.RequiredArn("eventTrackerArn"));
        store.Remove(tracker.Arn);
        return [];
    }

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

    private string DatasetArn(DatasetGroupResource group, string datasetType) => names.Arn(ResourceKind.Dataset, group.Name + "/" + datasetType);

    private JsonObject Describe(SchemaResource schema) =>
        WithDomain(new JsonObject
        {
            ["name"] = schema.Name,
            ["schemaArn"] = schema.Arn,
            ["schema"] = schema.Schema,
            ["creationDateTime"] = schema.Created,
            ["lastUpdatedDateTime"] = schema.Created,
        }, schema.Domain);

    private JsonObject Summary(SchemaResource schema)
    {
        var summary = Describe(schema);
        summary.Remove("schema");
        return summary;
    }

    private JsonObject Describe(DatasetGroupResource group)
    {
        var description = Summary(group);
        if (group.RoleArn is not null)
        {
            description["roleArn"] = group.RoleArn;
        }

        if (group.KmsKeyArn is not null)
        {
            description["kmsKeyArn"] = group.KmsKeyArn;
        }

        return description;
    }

    private JsonObject Summary(DatasetGroupResource group) =>
        WithDomain(lifecycle.Describe(new JsonObject { ["name"] = group.Name, ["datasetGroupArn"] = group.Arn }, group.Created), group.Domain);

    private JsonObject Describe(DatasetResource dataset)
    {
        var description = lifecycle.Describe(new JsonObject
        {
            ["name"] = dataset.Name,
            ["datasetArn"] = dataset.Arn,
            ["datasetGroupArn"] = dataset.GroupArn,
            ["datasetType"] = dataset.DatasetType,
            ["schemaArn"] = dataset.SchemaArn,
        }, dataset.Created);
        if (dataset.TrackingId is not null)
        {
            description["trackingId"] = dataset.TrackingId;
        }

        return description;
    }

    private JsonObject Summary(DatasetResource dataset) =>
        lifecycle.Describe(new JsonObject { ["name"] = dataset.Name, ["datasetArn"] = dataset.Arn, ["datasetType"] = dataset.DatasetType }, dataset.Created);

    private JsonObject Describe(EventTrackerResource tracker) =>
        lifecycle.Describe(new JsonObject
        {
            ["name"] = tracker.Name,
            ["eventTrackerArn"] = tracker.Arn,
            ["accountId"] = ResourceNames.AccountId,
            ["trackingId"] = tracker.TrackingId,
            ["datasetGroupArn"] = tracker.GroupArn,
        }, tracker.Created);

    private JsonObject Summary(EventTrackerResource tracker) =>
        lifecycle.Describe(new JsonObject { ["name"] = tracker.Name, ["eventTrackerArn"] = tracker.Arn }, tracker.Created);

    private static JsonObject WithDomain(JsonObject members, string? domain)
    {
        if (domain is not null)
        {
            members["domain"] = domain;
        }

        return members;
    }
}
