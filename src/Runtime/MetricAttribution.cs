using System;

namespace SchemaGen;

/// <summary>The <c>MetricAttribution</c> of an event: where the event came from, for metric attribution reports.</summary>
public sealed class MetricAttribution : IEquatable<MetricAttribution>
{
    /// <param name="eventAttributionSource">Printable ASCII with at least one non-space character, at most 1024 characters.</param>
    public MetricAttribution(string eventAttributionSource) =>
        EventAttributionSource = eventAttributionSource ?? throw new ArgumentNullException(nameof(eventAttributionSource));

    /// <summary>The event's source, such as a third party; required inside <c>metricAttribution</c>.</summary>
    public string EventAttributionSource { get; }

    /// <inheritdoc />
    public bool Equals(MetricAttribution? other) => other is not null && string.Equals(EventAttributionSource, other.EventAttributionSource, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MetricAttribution);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(EventAttributionSource);
}
