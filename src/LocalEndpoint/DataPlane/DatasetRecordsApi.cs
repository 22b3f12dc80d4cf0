using System.Text.Json;
using SchemaGen.Avro;
using SchemaGen.Generator.Personalize;
using SchemaGen.LocalEndpoint.ControlPlane;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Store;

namespace SchemaGen.LocalEndpoint.DataPlane;

/// <summary>What differs between PutItems, PutUsers and PutActions, whose requests are otherwise one shape.</summary>
internal sealed record ReplacingRecords(DatasetType Dataset, string ListMember, string IdMember, int MaxPropertiesLength)
{
    public static ReplacingRecords Items { get; } = new(DatasetType.Items, "items", "itemId", PersonalizeLimits.MaxItemPropertiesLength);

    public static ReplacingRecords Users { get; } = new(DatasetType.Users, "users", "userId", PersonalizeLimits.MaxUserPropertiesLength);

    public static ReplacingRecords Actions { get; } = new(DatasetType.Actions, "actions", "actionId", PersonalizeLimits.MaxActionPropertiesLength);

    /// <summary>The kind of a dataset type whose records replace by id; null for one whose records are appended.</summary>
    public static ReplacingRecords? For(DatasetType dataset) =>
        dataset == DatasetType.Items ? Items : dataset == DatasetType.Users ? Users : dataset == DatasetType.Actions ? Actions : null;

    /// <summary>The schema field the id member fills: ITEM_ID, USER_ID, ACTION_ID.</summary>
    public string IdField => Dataset.RequiredFields[0];
}

/// <summary>
/// <c>POST /items</c>, <c>/users</c> and <c>/actions</c> (restJson1): checks the request against the service model, finds
/// the dataset its ARN names (404 when none, 409 while it is not ACTIVE, 400 when of another type), checks each
/// record's <c>properties</c> against the dataset's schema, and puts every record of the request — a record whose id
/// the dataset holds replacing it — or none.
/// </summary>
internal sealed class DatasetRecordsApi(ResourceCatalog catalog, ControlPlaneApi controlPlane)
{
    private static readonly double LastSecond = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public void Put(ReplacingRecords kind, RequestMembers request)
    {
        var datasetArn = request.RequiredArn("datasetArn");
        var records = WireMembers.Records(request.Root, kind.ListMember, kind.ListMember);
        var wire = records.Select((element, index) =>
        {
            var prefix = kind.ListMember + "[" + index + "].";
            var members = new RequestMembers(element, prefix);
            return (
                Id: members.RequiredString(kind.IdMember, PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength),
                Properties: WireMembers.Properties(members.String("properties", 1, kind.MaxPropertiesLength), prefix, forbidsMemberKeys: false),
                Prefix: prefix);
        }).ToList();

        var dataset = catalog.Dataset(datasetArn, notFoundStatus: 404);
        if (dataset.DatasetType != kind.Dataset.ArnName)
        {
            throw ServiceError.InvalidInput("datasetArn names a dataset of type " + dataset.DatasetType + "; " + kind.Dataset.Operation + " takes a dataset of type " + kind.Dataset.ArnName + ".");
        }

        controlPlane.EnsureActive(dataset);
        var schema = catalog.SchemaDefinition(dataset.SchemaArn);
        var stored = wire.Select(record => Map(kind, record.Id, record.Properties, record.Prefix, schema)).ToList();
        catalog.Store.PutRecords(dataset.Arn, stored);
    }

    /// <summary>The record as its dataset keeps it: the id, and every other field from its camelCase <c>properties</c> key.</summary>
    private static StoredRecord Map(ReplacingRecords kind, string id, IReadOnlyDictionary<string, JsonElement> properties, string prefix, AvroSchema schema)
    {
        var unclaimed = new Dictionary<string, JsonElement>(properties, StringComparer.Ordinal);
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in schema.Fields)
        {
            var member = prefix + "properties." + field.PropertiesKey;
            var cell = field.Name == kind.IdField ? id : FieldValues.Claim(unclaimed, field, prefix);
            if (cell is null && !field.Nullable)
            {
                throw ServiceError.InvalidInput(prefix.TrimEnd('.') + " has no " + member.Substring(prefix.Length) + ", but the schema's field " + field.Name + " is not nullable.");
            }

            // Past the last second a date holds is milliseconds; up to it, a far date such as a "never" expiration is
            // taken, as SchemaGen's runtime takes it.
            if (cell is not null && ReservedFields.IsEpochSeconds(field.Name) && double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > LastSecond)
            {
                throw ServiceError.InvalidInput(member + " is " + cell + ", which is after the year 9999 as epoch seconds (milliseconds?); " + field.Name + " is in epoch seconds.");
            }

            FieldValues.CheckLength(cell, field, member);
            cells[field.Name] = cell ?? string.Empty;
        }

        FieldValues.RefuseUnclaimed(unclaimed, prefix, schema.Fields.Where(field => field.Name != kind.IdField).Select(field => field.PropertiesKey));

        return new StoredRecord(id, cells);
    }
}
