using System;
using Microsoft.Extensions.Logging;

namespace SchemaGen;

/// <summary>What a recorder's <c>RecordAsync</c> does when <see cref="RecorderOptions.Capacity"/> records are waiting.</summary>
public enum EventRecorderFullMode
{
    /// <summary>Wait until a record is accepted or failed and so makes room.</summary>
    Wait,

    /// <summary>Throw <see cref="EventRecorderFullException"/> at once; the record is not recorded.</summary>
    Throw,
}

/// <summary>
/// How a recorder batches, paces and retries: what <see cref="EventRecorderOptions"/>, <see cref="DatasetRecorderOptions"/>
/// and <see cref="ActionInteractionRecorderOptions"/> share.
/// </summary>
public abstract class RecorderOptions
{
    private protected RecorderOptions(int maxRequestsPerSecond) => MaxRequestsPerSecond = maxRequestsPerSecond;

    /// <summary>How many recorded records may wait to be accepted or failed at once, in batches and in flight; 10,000 unless set.</summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>What recording does when <see cref="Capacity"/> records are waiting: wait (the default) or throw. Never drop.</summary>
    public EventRecorderFullMode FullMode { get; set; } = EventRecorderFullMode.Wait;

    /// <summary>How often batches that are not full yet are sent; 5 seconds unless set.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many requests may be in flight at once; 8 unless set.</summary>
    public int MaxConcurrentRequests { get; set; } = 8;

    /// <summary>The most requests started per second; unless set, the service's quota for the operation per dataset group.</summary>
    public int MaxRequestsPerSecond { get; set; }

    /// <summary>How many times one request is tried in all, the first attempt included: the retry budget; 5 unless set.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The backoff before the first retry, about doubled for each further one; 200 ms unless set. Each wait is jittered (Polly's exponential backoff with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest backoff between two attempts; 20 seconds unless set.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long disposal waits for waiting records to be accepted before it hands them to <c>OnFailure</c>; 30 seconds unless set.</summary>
    public TimeSpan DisposeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A resilience pipeline of your own for each request's attempts, instead of the recorder's: its retry (of
    /// <see cref="PersonalizeEventsException.IsRetryable"/> failures, <see cref="MaxAttempts"/> in all, exponential
    /// backoff with jitter from <see cref="RetryBaseDelay"/> to <see cref="RetryMaxDelay"/>) around the request rate
    /// limit (<see cref="MaxRequestsPerSecond"/>), which are then not applied. Every record still ends accepted or in
    /// <c>OnFailure</c>: whatever the pipeline finally throws hands the request to it.
    /// </summary>
    public Polly.ResiliencePipeline? ResiliencePipeline { get; set; }

    /// <summary>
    /// A durable spool (<c>DurableSpool.Open</c> of the SchemaGen.Spool package): <c>RecordAsync</c> returns only once
    /// the record is stored in it, a record leaves it only when the service accepted it (or refused it for what it
    /// holds, which <c>OnFailure</c> then gets), and one that fails otherwise is sent again after
    /// <see cref="RetryMaxDelay"/> and by the next recorder on the spool, before anything recorded there. With a
    /// spool, <see cref="FullMode"/> applies to the spool's size, and <see cref="Capacity"/> bounds the records
    /// between the spool and their removal — at most that many can reach the service twice after a crash. The
    /// recorder owns the spool and disposes it; one spool serves one recorder. <c>FlushAsync</c> then completes once every
    /// record recorded before it, and every record an earlier recorder left, has been sent: accepted, refused for good,
    /// or kept for another try (when <see cref="Capacity"/> records wait for one, the rest wait for room: bound it with
    /// its token) — and <c>DisposeAsync</c> waits at most <see cref="DisposeTimeout"/>, leaving the rest in the spool
    /// for the next recorder. Unset: records wait in memory.
    /// </summary>
    public IRecordSpool? Spool { get; set; }

    /// <summary>Where retries and failures are logged. Tracking ids appear masked.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>The option naming where the records go (<c>TrackingId</c>, <c>DatasetArn</c>) and its value.</summary>
    private protected abstract (string Name, string Value) Destination { get; }

    internal (string Name, string Value) DestinationOption => Destination;
}
