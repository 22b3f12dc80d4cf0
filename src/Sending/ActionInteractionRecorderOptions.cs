using System;

namespace SchemaGen;

/// <summary>How an <see cref="ActionInteractionRecorder{T}"/> batches, paces and retries. Only <see cref="TrackingId"/> must be set.</summary>
public sealed class ActionInteractionRecorderOptions : RecorderOptions
{
    /// <summary>
    /// Creates the options with the defaults; <see cref="RecorderOptions.MaxRequestsPerSecond"/> is 1,000, the
    /// service's PutActionInteractions quota per dataset group.
    /// </summary>
    public ActionInteractionRecorderOptions()
        : base(PersonalizeQuotas.PutActionInteractionsPerSecond)
    {
    }

    /// <summary>The action interaction event tracker's tracking id. Required.</summary>
    public string TrackingId { get; set; } = string.Empty;

    /// <summary>
    /// Called once for each request that finally failed, with its action interactions and their event ids. Unset: the
    /// failure is logged at error level to <see cref="RecorderOptions.Logger"/>, or written to standard error when
    /// there is no logger.
    /// </summary>
    public Action<RecordsFailure>? OnFailure { get; set; }

    private protected override (string Name, string Value) Destination => (nameof(TrackingId), TrackingId);
}
