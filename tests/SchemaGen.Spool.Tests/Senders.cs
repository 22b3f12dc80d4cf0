using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen.Spool.Tests;

/// <summary>
/// A sender of PutEvents and every other operation that keeps what it accepted, in order; it refuses with
/// <see cref="Refusal"/> while one is set, and holds every request at a gate while held.
/// </summary>
internal sealed class TestSender : IPersonalizeEventsSender, IPutEventsSender
{
    private readonly SemaphoreSlim _gate;

    public TestSender(bool held = false) => _gate = new SemaphoreSlim(held ? 0 : int.MaxValue);

    public ConcurrentQueue<PersonalizeEventsRequest> Accepted { get; } = new();

    /// <summary>Thrown by every attempt while set.</summary>
    public Func<Exception>? Refusal { get; set; }

    public int Attempts => Volatile.Read(ref _attempts);

    private int _attempts;

    public void Release(int count) => _gate.Release(count);

    public IReadOnlyList<string> AcceptedEventIds =>
        Accepted.OfType<PutEventsRequest>().SelectMany(request => request.EventList).Select(@event => @event.EventId!).ToList();

    public Task PutEventsAsync(PutEventsRequest request, CancellationToken cancellationToken = default) => SendAsync(request, cancellationToken);

    public async Task SendAsync(PersonalizeEventsRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _attempts);
        await _gate.WaitAsync(cancellationToken);
        if (Refusal is { } refusal)
        {
            throw refusal();
        }

        Accepted.Enqueue(request);
    }
}
