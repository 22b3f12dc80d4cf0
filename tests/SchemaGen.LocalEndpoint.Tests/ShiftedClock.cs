
namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>The system clock moved by an offset the test sets: signatures and resource status see it.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
