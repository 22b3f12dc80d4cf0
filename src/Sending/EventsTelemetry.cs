using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SchemaGen;

/// <summary>
/// The recorders' metrics (meter <c>SchemaGen.Events</c>) and spans (activity source <c>SchemaGen.Events</c>), one
/// set for every operation: each measurement carries the operation's name (<c>schemagen.operation</c>: PutEvents,
/// PutItems, …), and "events" in an instrument's name stands for whatever the operation records. No tag carries a
/// tracking id, a dataset ARN, a user id or a credential.
/// </summary>
internal static class EventsTelemetry
{
    public const string Name = "SchemaGen.Events";

    private static readonly string? Version = typeof(EventsTelemetry).Assembly.GetName().Version?.ToString(3);
    private static readonly Meter Meter = new(Name, Version);

    /// <summary>The tag naming the operation on every measurement.</summary>
    public const string OperationTag = "schemagen.operation";

    /// <summary>The span tag counting the records of a request.</summary>
    public const string CountTag = "schemagen.events.count";

    public static readonly ActivitySource ActivitySource = new(Name, Version);

    public static readonly Counter<long> Recorded = Meter.CreateCounter<long>("schemagen.events.recorded", "{event}", "Events recorded.");

    public static readonly Counter<long> Replaced = Meter.CreateCounter<long>("schemagen.events.replaced", "{record}", "Items, users or actions recorded again before they were sent, taking the earlier value's place.");

    public static readonly Counter<long> Sent = Meter.CreateCounter<long>("schemagen.events.sent", "{event}", "Events the service accepted.");

    public static readonly Counter<long> Retried = Meter.CreateCounter<long>("schemagen.events.retried", "{request}", "Requests sent again after a retryable failure.");

    public static readonly Counter<long> Failed = Meter.CreateCounter<long>("schemagen.events.failed", "{event}", "Events handed to OnFailure.");

    public static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("schemagen.events.batch_size", "{event}", "Records per request.");

    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>("schemagen.events.request.duration", "s", "Duration of one request attempt.");

    public static readonly Counter<long> SpoolUndecodable = Meter.CreateCounter<long>("schemagen.spool.undecodable", "{record}", "Records of a spool that are not of the recorder's kind or format: left in the spool, not sent.");

    public static readonly UpDownCounter<long> Queued = Meter.CreateUpDownCounter<long>("schemagen.events.queue_length", "{event}", "Events recorded and not yet accepted or failed.");
}
