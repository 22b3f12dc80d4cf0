using System;

namespace SchemaGen;

/// <summary>A request whose events the service did not accept, handed to <see cref="EventRecorderOptions.OnFailure"/>.</summary>
public sealed class PutEventsFailure
{
    /// <summary>Creates the failure of a request the service is known not to have stored.</summary>
    public PutEventsFailure(PutEventsRequest request, Exception exception)
        : this(request, exception, outcomeUnknown: false)
    {
    }

    /// <summary>Creates the failure.</summary>
    /// <param name="request">The request that finally failed.</param>
    /// <param name="exception">Why.</param>
    /// <param name="outcomeUnknown">Whether an attempt may have been stored although none was answered.</param>
    public PutEventsFailure(PutEventsRequest request, Exception exception, bool outcomeUnknown)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Exception = exception ?? throw new ArgumentNullException(nameof(exception));
        OutcomeUnknown = outcomeUnknown;
    }

    /// <summary>
    /// The request that finally failed, its events carrying the ids they were recorded with. Sending it again later
    /// is safe: the service ignores an event whose id it already has.
    /// </summary>
    public PutEventsRequest Request { get; }

    /// <summary>Why: a <see cref="PersonalizeEventsException"/> from the service or the network, a <see cref="TimeoutException"/> when disposal ran out of time, or whatever a custom sender threw.</summary>
    public Exception Exception { get; }

    /// <summary>
    /// Whether the service may have stored these records after all: an attempt timed out, or its connection was lost
    /// once the request was sent (<see cref="PersonalizeEventsNetworkException.MayHaveBeenStored"/>), or disposal
    /// cut an attempt short. The request failed from the recorder's side, but it may be in the dataset. Sending it
    /// again is safe: the service ignores an event id it already has, and replaces an item, user or action by id.
    /// False when no attempt can have been stored (refused as invalid, throttled, no connection, a sender's own
    /// exception).
    /// </summary>
    public bool OutcomeUnknown { get; }
}
