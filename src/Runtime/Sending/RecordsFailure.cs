using System;

namespace SchemaGen;

/// <summary>
/// A request whose records the service did not accept, handed to <see cref="DatasetRecorderOptions.OnFailure"/> or
/// <see cref="ActionInteractionRecorderOptions.OnFailure"/>.
/// </summary>
public sealed class RecordsFailure
{
    /// <summary>Creates the failure.</summary>
    public RecordsFailure(PersonalizeEventsRequest request, Exception exception)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Exception = exception ?? throw new ArgumentNullException(nameof(exception));
    }

    /// <summary>
    /// The request that finally failed: a <see cref="PutItemsRequest"/>, <see cref="PutUsersRequest"/>,
    /// <see cref="PutActionsRequest"/> or <see cref="PutActionInteractionsRequest"/>. Sending it again later with
    /// <see cref="IPersonalizeEventsSender.SendAsync"/> is safe for items, users and actions, which the service
    /// replaces by id — as long as no later value of the same id was accepted since.
    /// </summary>
    public PersonalizeEventsRequest Request { get; }

    /// <summary>Why: a <see cref="PersonalizeEventsException"/> from the service or the network, a <see cref="TimeoutException"/> when disposal ran out of time, or whatever a custom sender threw.</summary>
    public Exception Exception { get; }
}
