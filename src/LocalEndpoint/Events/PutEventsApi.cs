using System.Text.Json;
using SchemaGen.LocalEndpoint.ControlPlane;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Schemas;
using SchemaGen.LocalEndpoint.Store;

namespace SchemaGen.LocalEndpoint.Events;

/// <summary>
/// <c>POST /events</c> (restJson1): checks a PutEvents request against the service model, finds the event tracker of
/// its tracking id, checks each event against the dataset's schema, and keeps all of the request's events in the
/// group's EVENT_INTERACTIONS dataset, or none.
/// </summary>
internal sealed class PutEventsApi(ControlPlaneApi controlPlane, LocalStore store)
{
    public void Put(RequestMembers request)
    {
        var trackingId = request.RequiredString("trackingId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        var userId = request.String("userId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        var sessionId = request.RequiredString("sessionId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        if (!request.Root.TryGetProperty("eventList", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            throw ServiceError.InvalidInput("eventList is required.");
        }

        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() is < 1 or > PersonalizeLimits.MaxEventsPerRequest)
        {
            throw ServiceError.InvalidInput("eventList must be a list of 1 to " + PersonalizeLimits.MaxEventsPerRequest + " events" + (list.ValueKind == JsonValueKind.Array ? ", not " + list.GetArrayLength() : string.Empty) + ".");
        }

        var events = list.EnumerateArray().Select(WireEvent.Read).ToList();
        var (_, dataset) = controlPlane.ByTrackingId(trackingId)
            ?? throw ServiceError.NotFound("No event tracker has this tracking id; CreateEventTracker returns it.", status: 404);
        var schema = controlPlane.SchemaDefinition(dataset.SchemaArn);
        var stored = events.Select((wire, index) => SchemaEventMapper.Map(wire, index, userId, sessionId, schema)).ToList();
        store.AddEvents(dataset.Arn, stored);
    }
}
