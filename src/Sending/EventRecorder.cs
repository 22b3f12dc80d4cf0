using System;
using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>
/// Records interactions of one schema and sends them with PutEvents in the background: requests of up to 10
/// events of one (session, user), sent when full or every <see cref="RecorderOptions.FlushInterval"/>,
/// retried with backoff while the retry budget lasts. Every recorded event ends either accepted by the service or
/// handed to <see cref="EventRecorderOptions.OnFailure"/>, never both and never neither. Thread-safe.
/// </summary>
/// <typeparam name="T">An <c>[InteractionsSchema]</c> type.</typeparam>
public sealed class EventRecorder<T> : IAsyncDisposable
    where T : IInteractionsSchema
{
    private readonly string _trackingId;
    private readonly IRecordSink<SessionEvent> _pipeline;

    /// <summary>Creates a recorder sending through <paramref name="sender"/>.</summary>
    /// <exception cref="ArgumentException">An option is out of range, or the tracking id is missing.</exception>
    public EventRecorder(IPutEventsSender sender, EventRecorderOptions options)
    {
        if (sender is null)
        {
            throw new ArgumentNullException(nameof(sender));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        _trackingId = options.TrackingId;
        _pipeline = RecordSinks.Create(new PutEventsOperation(options.TrackingId, sender.PutEventsAsync, options.OnFailure), Spooling.SessionEventCodec.Instance, options);
    }

    /// <summary>
    /// Records <paramref name="interaction"/> of <paramref name="sessionId"/> under a new event id, which it returns.
    /// The event is checked against every limit of the service model here, so a refusal is an exception now, not a
    /// failure later.
    /// </summary>
    /// <returns>The event id the event is sent with.</returns>
    /// <exception cref="Validation.PutEventsValidationException">The event breaks a limit of the service model; it is not recorded.</exception>
    /// <exception cref="Serialization.InteractionFormatException">A field holds a value that cannot be sent.</exception>
    /// <exception cref="ArgumentException">The schema needs an event type (use the overload that takes one), or the one given is not declared.</exception>
    /// <exception cref="EventRecorderFullException">The recorder is full and its <see cref="RecorderOptions.FullMode"/> is <see cref="EventRecorderFullMode.Throw"/>.</exception>
    /// <exception cref="ObjectDisposedException">The recorder is disposed.</exception>
#pragma warning disable RS0027 // The common call keeps its optional token; the longer overload takes a required one, so no call is ambiguous.
    public ValueTask<string> RecordAsync(string sessionId, T interaction, CancellationToken cancellationToken = default) =>
        RecordAsync(sessionId, interaction, eventType: null, eventId: null, cancellationToken: cancellationToken);
#pragma warning restore RS0027

    /// <summary>Records <paramref name="interaction"/>, with an event type for a schema that needs one and an event id of the caller's.</summary>
    /// <param name="sessionId">The session the interaction belongs to.</param>
    /// <param name="interaction">The interaction.</param>
    /// <param name="eventType">The event type, for a schema without an EVENT_TYPE field that does not declare exactly one; null otherwise.</param>
    /// <param name="eventId">The event id to send; null for a new one. An id already sent makes the service ignore the event.</param>
    /// <param name="cancellationToken">Cancels waiting for room; a recorded event is not taken back.</param>
    /// <returns>The event id the event is sent with.</returns>
    /// <inheritdoc cref="RecordAsync(string, T, CancellationToken)" path="/exception"/>
    public async ValueTask<string> RecordAsync(string sessionId, T interaction, string? eventType, string? eventId, CancellationToken cancellationToken)
    {
        if (sessionId is null)
        {
            throw new ArgumentNullException(nameof(sessionId));
        }

        if (interaction is null)
        {
            throw new ArgumentNullException(nameof(interaction));
        }

        var id = eventId ?? EventIds.New();
        var @event = interaction.ToEvent(eventType, id);
        var userId = interaction.UserId;
        new PutEventsRequest(_trackingId, sessionId, new[] { @event }) { UserId = userId }.EnsureValid();
        await _pipeline.RecordAsync(new SessionEvent(sessionId, userId, @event), cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>
    /// Sends every batch now, full or not, and completes when every event recorded before the call is accepted or
    /// handed to <c>OnFailure</c>.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting; the events are still sent.</param>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _pipeline.FlushAsync(cancellationToken);

    /// <summary>
    /// Stops recording and flushes. Events not accepted within <see cref="RecorderOptions.DisposeTimeout"/> are
    /// handed to <c>OnFailure</c> with a <see cref="TimeoutException"/>.
    /// </summary>
    public ValueTask DisposeAsync() => _pipeline.DisposeAsync();

}
