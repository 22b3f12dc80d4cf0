using System.Collections.Concurrent;
using System.Linq;

namespace SchemaGen.Sending.Tests;

/// <summary>Collects what a recorder hands to OnFailure.</summary>
internal sealed class FailureLog
{
    public ConcurrentQueue<PutEventsFailure> Failures { get; } = new();

    public void Add(PutEventsFailure failure) => Failures.Enqueue(failure);

    public string[] EventIds => Failures.SelectMany(failure => failure.Request.EventList).Select(@event => @event.EventId!).ToArray();
}
