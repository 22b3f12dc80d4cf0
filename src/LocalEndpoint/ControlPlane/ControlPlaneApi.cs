using System.Text.Json.Nodes;
using SchemaGen.Avro;
using SchemaGen.Generator.Personalize;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Store;

namespace SchemaGen.LocalEndpoint.ControlPlane;

/// <summary>
/// The control plane (awsJson1_1: <c>POST /</c> with <c>X-Amz-Target: AmazonPersonalize.&lt;Operation&gt;</c>):
/// schemas of every dataset type and domain, dataset groups, datasets of every type (a new schema for Items and Users
/// through UpdateDataset) and event trackers, with the shapes of the service model personalize 2018-05-22.
/// </summary>
internal sealed class ControlPlaneApi(ResourceCatalog catalog, Lifecycle lifecycle)
{
    public const string TargetPrefix = "AmazonPersonalize.";

    private static readonly string[] Domains = SchemaDomain.All.Select(domain => domain.Name).ToArray();

    private LocalStore Store => catalog.Store;

    public JsonObject Invoke(string? target, RequestMembers request) => target switch
    {
        TargetPrefix + "CreateSchema" => CreateSchema(request),
        TargetPrefix + "DescribeSchema" => new JsonObject { ["schema"] = Describe(catalog.Schema(request.RequiredArn("schemaArn"))) },
        TargetPrefix + "ListSchemas" => Paging.Page(Store.List<SchemaResource>(ResourceKind.Schema), request, "schemas", Summary),
        TargetPrefix + "CreateDatasetGroup" => CreateDatasetGroup(request),
        TargetPrefix + "DescribeDatasetGroup" => new JsonObject { ["datasetGroup"] = Describe(catalog.Group(request.RequiredArn("datasetGroupArn"))) },
        TargetPrefix + "ListDatasetGroups" => Paging.Page(Store.List<DatasetGroupResource>(ResourceKind.DatasetGroup), request, "datasetGroups", Summary),
        TargetPrefix + "CreateDataset" => CreateDataset(request),
        TargetPrefix + "UpdateDataset" => UpdateDataset(request),
        TargetPrefix + "DescribeDataset" => new JsonObject { ["dataset"] = Describe(catalog.Dataset(request.RequiredArn("datasetArn"))) },
        TargetPrefix + "ListDatasets" => Paging.Page(Store.List<DatasetResource>(ResourceKind.Dataset, request.Arn("datasetGroupArn")), request, "datasets", Summary),
        TargetPrefix + "CreateEventTracker" => CreateEventTracker(request),
        TargetPrefix + "DescribeEventTracker" => new JsonObject { ["eventTracker"] = Describe(catalog.Tracker(request.RequiredArn("eventTrackerArn"))) },
        TargetPrefix + "ListEventTrackers" => Paging.Page(Store.List<EventTrackerResource>(ResourceKind.EventTracker, request.Arn("datasetGroupArn")), request, "eventTrackers", Summary),
        TargetPrefix + "DeleteEventTracker" => DeleteEventTracker(request),
        _ => throw new ServiceError("UnknownOperationException", 400, "The local endpoint does not serve the operation '" + target + "'; it serves schemas, dataset groups, datasets and event trackers."),
    };

    /// <summary>Whether the dataset takes records now: 409 <c>ResourceInUseException</c> while it is being created or updated.</summary>
    public void EnsureActive(DatasetResource dataset)
    {
        var status = lifecycle.Status(dataset.Created, dataset.Updated);
        if (status != Lifecycle.Active)
        {
            throw new ServiceError("ResourceInUseException", 409, "Dataset " + dataset.Arn + " is " + status + "; it takes records once ACTIVE.");
        }
    }

    private JsonObject CreateSchema(RequestMembers request)
    {
        var name = request.Name();
        var text = request.RequiredString("schema", 1, int.MaxValue);
        var domain = request.Enum("domain", Domains);
        ReadSchema(text, ResourceCatalog.DomainNamed(domain));
        var arn = catalog.Names.Arn(ResourceKind.Schema, name);
        Store.Add(ResourceKind.Schema, arn, name, null, new SchemaResource(name, arn, text, domain, lifecycle.Now()));
        return new JsonObject { ["schemaArn"] = arn };
    }

    private JsonObject CreateDatasetGroup(RequestMembers request)
    {
        var name = request.Name();
        var roleArn = request.String("roleArn", 0, 256);
        var kmsKeyArn = request.String("kmsKeyArn", 0, 2048);
        var domain = request.Enum("domain", Domains);
        var arn = catalog.Names.Arn(ResourceKind.DatasetGroup, name);
        Store.Add(ResourceKind.DatasetGroup, arn, name, null, new DatasetGroupResource(name, arn, domain, roleArn, kmsKeyArn, lifecycle.Now()));
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
        var requested = request.RequiredString("datasetType", 1, 256);
        var dataset = DatasetType.All.FirstOrDefault(type => string.Equals(type.ArnName, requested, StringComparison.OrdinalIgnoreCase))
            ?? throw ServiceError.InvalidInput("datasetType '" + requested + "' must be one of " + string.Join(", ", DatasetType.All.Select(type => type.ArnName)) + ".");

        var group = catalog.Group(groupArn);
        var schemaResource = catalog.Schema(schemaArn);
        var schema = catalog.SchemaDefinition(schemaArn);
        if (schema.Dataset != dataset)
        {
            throw ServiceError.InvalidInput("Schema " + schemaArn + " is a " + schema.Dataset.RecordName + " schema; a dataset of type " + dataset.ArnName + " needs a " + dataset.RecordName + " schema.");
        }

        if (group.Domain is not null && !dataset.AllowsDomain)
        {
            throw ServiceError.InvalidInput("Dataset group " + group.Name + " is a " + group.Domain + " domain dataset group; " + dataset.ArnName + " datasets belong to custom dataset groups only.");
        }

        if (schemaResource.Domain != group.Domain)
        {
            throw ServiceError.InvalidInput("Schema " + schemaArn + " has domain " + (schemaResource.Domain ?? "none") + " and dataset group " + group.Name + " has domain " + (group.Domain ?? "none") + "; they must match.");
        }

        var arn = catalog.DatasetArn(group, dataset.ArnName);
        if (Store.Find<DatasetResource>(ResourceKind.Dataset, arn) is not null)
        {
            throw ServiceError.AlreadyExists("Dataset group " + group.Name + " already has a dataset of type " + dataset.ArnName + " (" + arn + ").");
        }

        // The service creates an Action interactions dataset's event tracker with it; PutActionInteractions names its id.
        var trackingId = dataset == DatasetType.ActionInteractions ? Guid.NewGuid().ToString() : null;
        Store.Add(ResourceKind.Dataset, arn, name, group.Arn, new DatasetResource(name, arn, group.Arn, dataset.ArnName, schemaArn, trackingId, lifecycle.Now()));
        return new JsonObject { ["datasetArn"] = arn };
    }

    private JsonObject UpdateDataset(RequestMembers request)
    {
        var dataset = catalog.Dataset(request.RequiredArn("datasetArn"));
        var schemaArn = request.RequiredArn("schemaArn");
        catalog.Schema(schemaArn);
        EnsureActive(dataset);
        SchemaEvolution.Check(dataset.Arn, catalog.SchemaDefinition(dataset.SchemaArn), catalog.SchemaDefinition(schemaArn));
        Store.Replace(dataset.Arn, dataset with { SchemaArn = schemaArn, Updated = lifecycle.Now() });
        return new JsonObject { ["datasetArn"] = dataset.Arn };
    }

    private JsonObject CreateEventTracker(RequestMembers request)
    {
        var name = request.Name();
        var group = catalog.Group(request.RequiredArn("datasetGroupArn"));
        if (Store.List<EventTrackerResource>(ResourceKind.EventTracker, group.Arn).FirstOrDefault() is { } existing)
        {
            throw ServiceError.AlreadyExists("Dataset group " + group.Name + " already has an event tracker (" + existing.Arn + "); a dataset group has at most one.");
        }

        var interactions = catalog.Dataset(group, DatasetType.Interactions.ArnName)
            ?? throw ServiceError.InvalidInput("Dataset group " + group.Name + " has no Interactions dataset; create it (CreateDataset) before its event tracker, whose events follow its schema.");

        var trackingId = Guid.NewGuid().ToString();
        var arn = catalog.Names.Arn(ResourceKind.EventTracker, Guid.NewGuid().ToString("N").Substring(0, 12));
        var created = lifecycle.Now();
        Store.Add(ResourceKind.EventTracker, arn, name, group.Arn, new EventTrackerResource(name, arn, group.Arn, trackingId, created));

        // The guide's dataset of recorded events: one per group, kept (with its events) when a tracker is replaced.
        var eventsArn = catalog.DatasetArn(group, ResourceCatalog.EventInteractionsType);
        Store.Remove(eventsArn);
        Store.Add(ResourceKind.Dataset, eventsArn, group.Name + "/" + ResourceCatalog.EventInteractionsType, group.Arn,
            new DatasetResource(group.Name + "/" + ResourceCatalog.EventInteractionsType, eventsArn, group.Arn, ResourceCatalog.EventInteractionsType, interactions.SchemaArn, trackingId, created));
        return new JsonObject { ["eventTrackerArn"] = arn, ["trackingId"] = trackingId };
    }

    private JsonObject DeleteEventTracker(RequestMembers request)
    {
        var tracker = catalog.Tracker(request.RequiredArn("eventTrackerArn"));
        Store.Remove(tracker.Arn);
        return [];
    }

    /// <summary>Checks a schema as CreateSchema does; a refusal is <c>InvalidInputException</c> naming the field and the rule.</summary>
    private static AvroSchema ReadSchema(string text, SchemaDomain? domain)
    {
        try
        {
            return AvroSchemaReader.Read(text, domain);
        }
        catch (AvroSchemaException exception)
        {
            throw ServiceError.InvalidInput("Invalid schema: " + exception.Reason + ".");
        }
    }

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
        }, dataset.Created, dataset.Updated);
        if (dataset.TrackingId is not null)
        {
            description["trackingId"] = dataset.TrackingId;
        }

        if (dataset.Updated is { } updated)
        {
            description["latestDatasetUpdate"] = new JsonObject
            {
                ["schemaArn"] = dataset.SchemaArn,
                ["status"] = lifecycle.Status(dataset.Created, updated),
                ["creationDateTime"] = updated,
                ["lastUpdatedDateTime"] = updated,
            };
        }

        return description;
    }

    private JsonObject Summary(DatasetResource dataset) =>
        lifecycle.Describe(new JsonObject { ["name"] = dataset.Name, ["datasetArn"] = dataset.Arn, ["datasetType"] = dataset.DatasetType }, dataset.Created, dataset.Updated);

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
