namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// The system's time when made, moved only by the offset the test sets: resource status changes when the test says
/// so, however long the clients take between calls on a loaded machine (the AWS CLI starts a process per call).
/// </summary>
public sealed class StoppedClock : TimeProvider
{
    private readonly DateTimeOffset _stoppedAt = System.GetUtcNow();

    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => _stoppedAt + Offset;
}
