using System;

namespace SchemaGen;

/// <summary>How an <see cref="EventRecorder{T}"/> batches, paces and retries. Only <see cref="TrackingId"/> must be set.</summary>
public sealed class EventRecorderOptions : RecorderOptions
{
    /// <summary>Creates the options with the defaults; <see cref="RecorderOptions.MaxRequestsPerSecond"/> is 1,000, the service's PutEvents quota per dataset group.</summary>
    public EventRecorderOptions()
        : base(PersonalizeQuotas.PutEventsPerSecond)
    {
    }

    /// <summary>The event tracker's tracking id (from CreateEventTracker). Required.</summary>
    public string TrackingId { get; set; } = string.Empty;

    /// <summary>
    /// Called once for each request that finally failed (refused as invalid, retry budget spent, disposal timeout),
    /// with its events and their ids. Unset: the failure is logged at error level to <see cref="RecorderOptions.Logger"/>, or
    /// written to standard error when there is no logger.
    /// </summary>
    public Action<PutEventsFailure>? OnFailure { get; set; }

    private protected override (string Name, string Value) Destination => (nameof(TrackingId), TrackingId);
}
