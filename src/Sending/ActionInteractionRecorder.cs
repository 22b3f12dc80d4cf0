using System;
using System.Threading;
using System.Threading.Tasks;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// Records action interactions of an <c>[ActionInteractionsSchema]</c> type and sends them with PutActionInteractions
/// in the background: requests of up to 10, sent when full or every <see cref="RecorderOptions.FlushInterval"/>, at
/// most <see cref="RecorderOptions.MaxRequestsPerSecond"/> (1,000 unless set, the service's quota) and retried with
/// backoff, under the same event ids, while the retry budget lasts. Every recorded action interaction ends either
/// accepted by the service or handed to <see cref="ActionInteractionRecorderOptions.OnFailure"/>, never both and never
/// neither. Thread-safe.
/// </summary>
/// <typeparam name="T">An <c>[ActionInteractionsSchema]</c> type.</typeparam>
public sealed class ActionInteractionRecorder<T> : IAsyncDisposable
    where T : IActionInteractionsSchema
{
    private readonly string _trackingId;
    private readonly IRecordSink<ActionInteraction> _pipeline;

    /// <summary>Creates a recorder sending through <paramref name="sender"/>.</summary>
    /// <exception cref="ArgumentException">An option is out of range, or the tracking id is missing.</exception>
    public ActionInteractionRecorder(IPersonalizeEventsSender sender, ActionInteractionRecorderOptions options)
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
        _pipeline = RecordSinks.Create(new PutActionInteractionsOperation(options.TrackingId, sender, options.OnFailure), Spooling.ActionInteractionCodec.Instance, options);
    }

    /// <summary>
    /// Records <paramref name="actionInteraction"/> of <paramref name="sessionId"/>, checked here against every limit
    /// of the service model, so a refusal is an exception now, not a failure later.
    /// </summary>
    /// <param name="sessionId">The session the action interaction belongs to.</param>
    /// <param name="actionInteraction">The action interaction.</param>
    /// <param name="eventId">The event id to send; null for a new one.</param>
    /// <param name="cancellationToken">Cancels waiting for room; a recorded action interaction is not taken back.</param>
    /// <returns>The event id the action interaction is sent with.</returns>
    /// <exception cref="Validation.RequestValidationException">The action interaction breaks a limit of the service model; it is not recorded.</exception>
    /// <exception cref="InteractionFormatException">A field holds a value that cannot be sent.</exception>
    /// <exception cref="EventRecorderFullException">The recorder is full and its <see cref="RecorderOptions.FullMode"/> is <see cref="EventRecorderFullMode.Throw"/>.</exception>
    /// <exception cref="ObjectDisposedException">The recorder is disposed.</exception>
    public async ValueTask<string> RecordAsync(string sessionId, T actionInteraction, string? eventId = null, CancellationToken cancellationToken = default)
    {
        if (sessionId is null)
        {
            throw new ArgumentNullException(nameof(sessionId));
        }

        if (actionInteraction is null)
        {
            throw new ArgumentNullException(nameof(actionInteraction));
        }

        var id = eventId ?? EventIds.New();
        var record = actionInteraction.ToActionInteraction(sessionId, id);
        new PutActionInteractionsRequest(_trackingId, new[] { record }).EnsureValid();
        await _pipeline.RecordAsync(record, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>
    /// Sends every batch now, full or not, and completes when every action interaction recorded before the call is
    /// accepted or handed to <c>OnFailure</c>.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting; the action interactions are still sent.</param>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _pipeline.FlushAsync(cancellationToken);

    /// <summary>
    /// Stops recording and flushes. Action interactions not accepted within <see cref="RecorderOptions.DisposeTimeout"/>
    /// are handed to <c>OnFailure</c> with a <see cref="TimeoutException"/>.
    /// </summary>
    public ValueTask DisposeAsync() => _pipeline.DisposeAsync();
}
