using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen.Sending.Tests;

/// <summary>A sender whose requests wait at a gate until the test opens it; it counts how many wait at once.</summary>
internal sealed class GateSender : IPutEventsSender
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _maxInFlight;

    public ConcurrentQueue<PutEventsRequest> Sent { get; } = new();

    public int InFlight => Volatile.Read(ref _inFlight);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public void Open() => _gate.TrySetResult();

    public async Task PutEventsAsync(PutEventsRequest request, CancellationToken cancellationToken = default)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            await _gate.Task.WaitAsync(cancellationToken);
            Sent.Enqueue(request);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
