using System;
using Microsoft.Extensions.Logging;

namespace SchemaGen;

/// <summary>What <see cref="EventRecorder{T}.RecordAsync(string, T, System.Threading.CancellationToken)"/> does when <see cref="EventRecorderOptions.Capacity"/> events are waiting.</summary>
public enum EventRecorderFullMode
{
    /// <summary>Wait until an event is accepted or failed and so makes room.</summary>
    Wait,

    /// <summary>Throw <see cref="EventRecorderFullException"/> at once; the event is not recorded.</summary>
    Throw,
}

/// <summary>How an <see cref="EventRecorder{T}"/> batches, paces and retries. Only <see cref="TrackingId"/> must be set.</summary>
public sealed class EventRecorderOptions
{
    /// <summary>The event tracker's tracking id (from CreateEventTracker). Required.</summary>
    public string TrackingId { get; set; } = string.Empty;

    /// <summary>How many recorded events may wait to be accepted or failed at once, in batches and in flight; 10,000 unless set.</summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>What recording does when <see cref="Capacity"/> events are waiting: wait (the default) or throw. Never drop.</summary>
    public EventRecorderFullMode FullMode { get; set; } = EventRecorderFullMode.Wait;

    /// <summary>How often batches that are not full yet are sent; 5 seconds unless set.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many PutEvents requests may be in flight at once; 8 unless set.</summary>
    public int MaxConcurrentRequests { get; set; } = 8;

    /// <summary>The most PutEvents requests started per second; 1,000 unless set (the service's quota per dataset group).</summary>
    public int MaxRequestsPerSecond { get; set; } = 1000;

    /// <summary>How many times one request is tried in all, the first attempt included: the retry budget; 5 unless set.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The backoff before the first retry, doubled for each further one; 200 ms unless set. Each wait is drawn at random up to it (full jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest backoff between two attempts; 20 seconds unless set.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long disposal waits for waiting events to be accepted before it hands them to <see cref="OnFailure"/>; 30 seconds unless set.</summary>
    public TimeSpan DisposeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Called once for each request that finally failed (refused as invalid, retry budget spent, disposal timeout),
    /// with its events and their ids. Unset: the failure is logged at error level to <see cref="Logger"/>, or
    /// written to standard error when there is no logger.
    /// </summary>
    public Action<PutEventsFailure>? OnFailure { get; set; }

    /// <summary>Where retries and failures are logged. Tracking ids appear masked.</summary>
    public ILogger? Logger { get; set; }
}
