using System.Globalization;
using System.Text.Json;
using SchemaGen.Generator.Personalize;
using SchemaGen.LocalEndpoint.ControlPlane;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Store;

namespace SchemaGen.LocalEndpoint.DataPlane;

/// <summary>
/// <c>POST /action-interactions</c> (restJson1): checks a PutActionInteractions request against the service model,
/// finds the Action interactions dataset whose tracking id it names (404 when none, 409 while it is not ACTIVE),
/// checks each action interaction against the dataset's schema, and appends all of them, or none.
/// </summary>
internal sealed class ActionInteractionsApi(ResourceCatalog catalog, ControlPlaneApi controlPlane)
{
    private const string ListMember = "actionInteractions";

    public void Put(RequestMembers request)
    {
        var trackingId = request.RequiredString("trackingId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        var wire = WireMembers.Records(request.Root, ListMember, "action interactions").Select(Read).ToList();
        var dataset = catalog.ActionInteractionsDataset(trackingId)
            ?? throw ServiceError.NotFound("No Action interactions dataset has this tracking id; DescribeDataset of the dataset gives it.", status: 404);
        controlPlane.EnsureActive(dataset);
        var schema = catalog.SchemaDefinition(dataset.SchemaArn);
        var stored = new List<StoredEvent>();
        for (var index = 0; index < wire.Count; index++)
        {
            var record = wire[index];
            var prefix = ListMember + "[" + index + "].";
            var unclaimed = new Dictionary<string, JsonElement>(record.Properties, StringComparer.Ordinal);
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in schema.Fields)
            {
                var (cell, member) = field.Name switch
                {
                    ReservedFields.UserId => (record.UserId, "userId"),
                    ReservedFields.ActionId => (record.ActionId, "actionId"),
                    ReservedFields.Timestamp => (Math.Floor(record.Timestamp).ToString("0", CultureInfo.InvariantCulture), "timestamp"),
                    ReservedFields.EventType => (record.EventType, "eventType"),
                    ReservedFields.Impression => (record.Impression is null ? null : string.Join("|", record.Impression), "impression"),
                    ReservedFields.RecommendationId => (record.RecommendationId, "recommendationId"),
                    _ => (FieldValues.Claim(unclaimed, field, prefix), "properties." + field.PropertiesKey),
                };

                if (cell is null && !field.Nullable)
                {
                    throw ServiceError.InvalidInput(prefix.TrimEnd('.') + " has no " + member + ", but the schema's field " + field.Name + " is not nullable.");
                }

                FieldValues.CheckLength(cell, field, prefix + member);
                cells[field.Name] = cell ?? string.Empty;
            }

            FieldValues.RefuseUnclaimed(unclaimed, prefix, schema.Fields.Where(field => !DatasetType.ActionInteractions.IsReserved(field.Name)).Select(field => field.PropertiesKey));

            stored.Add(new StoredEvent(record.EventId ?? Guid.NewGuid().ToString(), cells[ReservedFields.UserId], record.EventType, null, cells));
        }

        catalog.Store.AddEvents(dataset.Arn, stored);
    }

    private static WireActionInteraction Read(JsonElement element, int index)
    {
        var prefix = ListMember + "[" + index + "].";
        var members = new RequestMembers(element, prefix);
        return new WireActionInteraction(
            members.RequiredString("actionId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength),
            members.String("userId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength),
            members.RequiredString("sessionId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength),
            WireMembers.EpochSeconds(element, "timestamp", prefix),
            members.RequiredString("eventType", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength),
            members.String("eventId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength),
            members.String("recommendationId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxRecommendationIdLength),
            WireMembers.Impression(element, prefix, "action"),
            WireMembers.Properties(members.String("properties", 1, PersonalizeLimits.MaxActionInteractionPropertiesLength), prefix, forbidsMemberKeys: true));
    }

    /// <summary>One element of <c>actionInteractions</c>, as the service model's <c>ActionInteraction</c> shape reads.</summary>
    private sealed record WireActionInteraction(
        string ActionId,
        string? UserId,
        string SessionId,
        double Timestamp,
        string EventType,
        string? EventId,
        string? RecommendationId,
        IReadOnlyList<string>? Impression,
        IReadOnlyDictionary<string, JsonElement> Properties);
}
