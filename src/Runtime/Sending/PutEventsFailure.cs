using System;

namespace SchemaGen;

/// <summary>A request whose events the service did not accept, handed to <see cref="EventRecorderOptions.OnFailure"/>.</summary>
public sealed class PutEventsFailure
{
    /// <summary>Creates the failure.</summary>
    public PutEventsFailure(PutEventsRequest request, Exception exception)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Exception = exception ?? throw new ArgumentNullException(nameof(exception));
    }

    /// <summary>
    /// The request that finally failed, its events carrying the ids they were recorded with. Sending it again later
    /// is safe: the service ignores an event whose id it already has.
    /// </summary>
    public PutEventsRequest Request { get; }

    /// <summary>Why: a <see cref="PersonalizeEventsException"/> from the service or the network, a <see cref="TimeoutException"/> when disposal ran out of time, or whatever a custom sender threw.</summary>
    public Exception Exception { get; }
}
