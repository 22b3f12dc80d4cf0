using System;
using System.Threading;
using System.Threading.Tasks;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// Records items of an <c>[ItemsSchema]</c> type and sends them with PutItems in the background: requests of up to 10
/// items to the dataset <see cref="DatasetRecorderOptions.DatasetArn"/> names, sent when full or every
/// <see cref="RecorderOptions.FlushInterval"/>, at most <see cref="RecorderOptions.MaxRequestsPerSecond"/> (10 unless
/// set, the service's quota) and retried with backoff while the retry budget lasts. An item recorded again before
/// the first is sent is sent once, with the later value; one recorded while an earlier value of its id is in flight
/// waits for that request to end, so the later value is the one the dataset keeps. Every recorded item ends
/// either accepted by the service or handed to <see cref="DatasetRecorderOptions.OnFailure"/>, never both and never
/// neither. Thread-safe.
/// </summary>
/// <typeparam name="T">An <c>[ItemsSchema]</c> type.</typeparam>
public sealed class ItemRecorder<T> : IAsyncDisposable
    where T : IItemsSchema
{
    private readonly DatasetRecording<Item> _recording;

    /// <summary>Creates a recorder sending through <paramref name="sender"/>.</summary>
    /// <exception cref="ArgumentException">An option is out of range, or the dataset ARN is missing or names a dataset of another type.</exception>
    public ItemRecorder(IPersonalizeEventsSender sender, DatasetRecorderOptions options) =>
        _recording = new DatasetRecording<Item>(DatasetRecordShape.Items, (datasetArn, records) => new PutItemsRequest(datasetArn, records), Spooling.DatasetRecordCodecs.Items, sender, options);

    /// <summary>
    /// Records <paramref name="item"/>, checked here against every limit of the service model, so a refusal is an
    /// exception now, not a failure later.
    /// </summary>
    /// <param name="item">The item; its id says which item of the dataset it replaces.</param>
    /// <param name="cancellationToken">Cancels waiting for room; a recorded item is not taken back.</param>
    /// <exception cref="Validation.RequestValidationException">The item breaks a limit of the service model; it is not recorded.</exception>
    /// <exception cref="InteractionFormatException">A field holds a value that cannot be sent.</exception>
    /// <exception cref="EventRecorderFullException">The recorder is full and its <see cref="RecorderOptions.FullMode"/> is <see cref="EventRecorderFullMode.Throw"/>.</exception>
    /// <exception cref="ObjectDisposedException">The recorder is disposed.</exception>
    public ValueTask RecordAsync(T item, CancellationToken cancellationToken = default)
    {
        if (item is null)
        {
            throw new ArgumentNullException(nameof(item));
        }

        return _recording.RecordAsync(item.ToItem(), cancellationToken);
    }

    /// <summary>
    /// Sends every batch now, full or not, and completes when every item recorded before the call is accepted or
    /// handed to <c>OnFailure</c>.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting; the items are still sent.</param>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _recording.FlushAsync(cancellationToken);

    /// <summary>
    /// Stops recording and flushes. Items not accepted within <see cref="RecorderOptions.DisposeTimeout"/> are
    /// handed to <c>OnFailure</c> with a <see cref="TimeoutException"/>.
    /// </summary>
    public ValueTask DisposeAsync() => _recording.DisposeAsync();
}
