using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen.Sending.Tests;

/// <summary>
/// A sender of any operation that keeps what it sent in order; while held, each request waits at the gate until the
/// test releases it, and the sender counts how many wait at once.
/// </summary>
internal sealed class RecordingSender : IPersonalizeEventsSender
{
    private readonly SemaphoreSlim _gate;
    private int _inFlight;

    public RecordingSender(bool held = false) => _gate = new SemaphoreSlim(held ? 0 : int.MaxValue);

    public ConcurrentQueue<PersonalizeEventsRequest> Sent { get; } = new();

    public ConcurrentQueue<PersonalizeEventsRequest> Arrived { get; } = new();

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Lets <paramref name="count"/> waiting (or future) requests through.</summary>
    public void Release(int count = 1) => _gate.Release(count);

    public async Task SendAsync(PersonalizeEventsRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _inFlight);
        Arrived.Enqueue(request);
        try
        {
            await _gate.WaitAsync(cancellationToken);
            Sent.Enqueue(request);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public IReadOnlyList<PersonalizeEventsRequest> SentList => Sent.ToArray();
}
