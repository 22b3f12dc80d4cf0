using System;

namespace SchemaGen;

/// <summary>
/// An <see cref="EventRecorder{T}"/> with <see cref="EventRecorderFullMode.Throw"/> already holds
/// <see cref="EventRecorderOptions.Capacity"/> events: the event was not recorded.
/// </summary>
public sealed class EventRecorderFullException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public EventRecorderFullException(int capacity)
        : base("The event recorder already holds its capacity of " + capacity.ToString(System.Globalization.CultureInfo.InvariantCulture)
               + " events waiting to be sent; the event was not recorded.")
        => Capacity = capacity;

    /// <summary>The capacity that was reached.</summary>
    public int Capacity { get; }
}
