using System.Text.Json;
using SchemaGen.LocalEndpoint.ControlPlane;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Store;

namespace SchemaGen.LocalEndpoint.DataPlane;

/// <summary>
/// <c>POST /events</c> (restJson1): checks a PutEvents request against the service model, finds the event tracker of
/// its tracking id, checks each event against the dataset's schema, and keeps all of the request's events in the
/// group's EVENT_INTERACTIONS dataset, or none.
/// </summary>
internal sealed class PutEventsApi(ResourceCatalog catalog)
{
    public void Put(RequestMembers request)
    {
        var trackingId = request.RequiredString("trackingId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        var userId = request.String("userId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        var sessionId = request.RequiredString("sessionId", PersonalizeLimits.MinIdLength, PersonalizeLimits.MaxIdLength);
        var events = WireMembers.Records(request.Root, "eventList", "events").Select(WireEvent.Read).ToList();
        var (_, dataset) = catalog.ByTrackingId(trackingId)
            ?? throw ServiceError.NotFound("No event tracker has this tracking id; CreateEventTracker returns it.", status: 404);
        var schema = catalog.SchemaDefinition(dataset.SchemaArn);
        var stored = events.Select((wire, index) => SchemaEventMapper.Map(wire, index, userId, sessionId, schema)).ToList();
        catalog.Store.AddEvents(dataset.Arn, stored);
    }
}
