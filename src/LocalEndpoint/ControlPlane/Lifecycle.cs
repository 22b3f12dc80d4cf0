using System.Text.Json.Nodes;

namespace SchemaGen.LocalEndpoint.ControlPlane;

/// <summary>
/// Creation times and status: a resource reports <c>CREATE PENDING</c> until the activation delay has passed since
/// it was created, then <c>ACTIVE</c>, so users' polling code has something to wait for. A dataset given a new schema
/// reports <c>UPDATE PENDING</c> for as long again.
/// </summary>
internal sealed class Lifecycle(TimeProvider clock, TimeSpan activationDelay)
{
    public const string Active = "ACTIVE";
    public const string CreatePending = "CREATE PENDING";
    public const string UpdatePending = "UPDATE PENDING";

    /// <summary>Now, as the API's timestamps are written: epoch seconds with a fraction.</summary>
    public double Now() => clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;

    public string Status(double created) => Settled(created) ? Active : CreatePending;

    /// <summary>The status of a resource that may have been updated since it was created.</summary>
    public string Status(double created, double? updated) =>
        !Settled(created) ? CreatePending
        : updated is { } when && !Settled(when) ? UpdatePending
        : Active;

    /// <summary>The members every resource description shares: status, creation and last update.</summary>
    public JsonObject Describe(JsonObject members, double created, double? updated = null)
    {
        var status = Status(created, updated);
        members["status"] = status;
        members["creationDateTime"] = created;
        members["lastUpdatedDateTime"] = updated ?? (status == Active ? created + activationDelay.TotalSeconds : created);
        return members;
    }

    private bool Settled(double since) => Now() - since >= activationDelay.TotalSeconds;
}
