using System;
using System.Threading;
using System.Threading.Tasks;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// Records users of a <c>[UsersSchema]</c> type and sends them with PutUsers in the background: requests of up to 10
/// users to the dataset <see cref="DatasetRecorderOptions.DatasetArn"/> names, sent when full or every
/// <see cref="RecorderOptions.FlushInterval"/>, at most <see cref="RecorderOptions.MaxRequestsPerSecond"/> (10 unless
/// set, the service's quota) and retried with backoff while the retry budget lasts. An user recorded again before
/// the first is sent is sent once, with the later value; one recorded while an earlier value of its id is in flight
/// waits for that request to end, so the later value is the one the dataset keeps. Every recorded user ends
/// either accepted by the service or handed to <see cref="DatasetRecorderOptions.OnFailure"/>, never both and never
/// neither. Thread-safe.
/// </summary>
/// <typeparam name="T">An <c>[UsersSchema]</c> type.</typeparam>
public sealed class UserRecorder<T> : IAsyncDisposable
    where T : IUsersSchema
{
    private readonly DatasetRecording<User> _recording;

    /// <summary>Creates a recorder sending through <paramref name="sender"/>.</summary>
    /// <exception cref="ArgumentException">An option is out of range, or the dataset ARN is missing or names a dataset of another type.</exception>
    public UserRecorder(IPersonalizeEventsSender sender, DatasetRecorderOptions options) =>
        _recording = new DatasetRecording<User>(DatasetRecordShape.Users, (datasetArn, records) => new PutUsersRequest(datasetArn, records), Spooling.DatasetRecordCodecs.Users, sender, options);

    /// <summary>
    /// Records <paramref name="user"/>, checked here against every limit of the service model, so a refusal is an
    /// exception now, not a failure later.
    /// </summary>
    /// <param name="user">The user; its id says which user of the dataset it replaces.</param>
    /// <param name="cancellationToken">Cancels waiting for room; a recorded user is not taken back.</param>
    /// <exception cref="Validation.RequestValidationException">The user breaks a limit of the service model; it is not recorded.</exception>
    /// <exception cref="InteractionFormatException">A field holds a value that cannot be sent.</exception>
    /// <exception cref="EventRecorderFullException">The recorder is full and its <see cref="RecorderOptions.FullMode"/> is <see cref="EventRecorderFullMode.Throw"/>.</exception>
    /// <exception cref="ObjectDisposedException">The recorder is disposed.</exception>
    public ValueTask RecordAsync(T user, CancellationToken cancellationToken = default)
    {
        if (user is null)
        {
            throw new ArgumentNullException(nameof(user));
        }

        return _recording.RecordAsync(user.ToUser(), cancellationToken);
    }

    /// <summary>
    /// Sends every batch now, full or not, and completes when every user recorded before the call is accepted or
    /// handed to <c>OnFailure</c>.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting; the users are still sent.</param>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _recording.FlushAsync(cancellationToken);

    /// <summary>
    /// Stops recording and flushes. Users not accepted within <see cref="RecorderOptions.DisposeTimeout"/> are
    /// handed to <c>OnFailure</c> with a <see cref="TimeoutException"/>.
    /// </summary>
    public ValueTask DisposeAsync() => _recording.DisposeAsync();
}
