using SchemaGen.LocalEndpoint.ControlPlane;
using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.DataPlane;

/// <summary>
/// The personalize-events operations by path (restJson1, <c>POST</c>): the one table requests are routed by, so every
/// operation passes the same fault injection.
/// </summary>
internal sealed class DataPlaneOperations
{
    private readonly Dictionary<string, Action<RequestMembers>> _byPath;

    public DataPlaneOperations(ResourceCatalog catalog, ControlPlaneApi controlPlane)
    {
        var events = new PutEventsApi(catalog);
        var records = new DatasetRecordsApi(catalog, controlPlane);
        var actionInteractions = new ActionInteractionsApi(catalog, controlPlane);
        _byPath = new Dictionary<string, Action<RequestMembers>>(StringComparer.Ordinal)
        {
            ["/events"] = events.Put,
            ["/items"] = request => records.Put(ReplacingRecords.Items, request),
            ["/users"] = request => records.Put(ReplacingRecords.Users, request),
            ["/actions"] = request => records.Put(ReplacingRecords.Actions, request),
            ["/action-interactions"] = actionInteractions.Put,
        };
    }

    /// <summary>The paths served, for the message of a request to any other.</summary>
    public IEnumerable<string> Paths => _byPath.Keys;

    /// <summary>The operation at <paramref name="path"/>, or null when none is.</summary>
    public Action<RequestMembers>? At(string path) => _byPath.GetValueOrDefault(path);
}
