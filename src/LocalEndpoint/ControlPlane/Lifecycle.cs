using System.Text.Json.Nodes;

namespace SchemaGen.LocalEndpoint.ControlPlane;

/// <summary>
/// Creation times and status: a resource reports <c>CREATE PENDING</c> until the activation delay has passed since
/// it was created, then <c>ACTIVE</c>, so users' polling code has something to wait for.
/// </summary>
internal sealed class Lifecycle(TimeProvider clock, TimeSpan activationDelay)
{
    public const string Active = "ACTIVE";
    public const string CreatePending = "CREATE PENDING";

    /// <summary>Now, as the API's timestamps are written: epoch seconds with a fraction.</summary>
    public double Now() => clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;

    public string Status(double created) => Now() - created >= activationDelay.TotalSeconds ? Active : CreatePending;

    /// <summary>The members every resource description shares: status, creation and last update.</summary>
    public JsonObject Describe(JsonObject members, double created)
    {
        members["status"] = Status(created);
        members["creationDateTime"] = created;
        members["lastUpdatedDateTime"] = Status(created) == Active ? created + activationDelay.TotalSeconds : created;
        return members;
    }
}
