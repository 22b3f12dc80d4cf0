using System;

namespace SchemaGen;

/// <summary>
/// A recorder with <see cref="EventRecorderFullMode.Throw"/> already holds <see cref="RecorderOptions.Capacity"/>
/// records: the record was not recorded.
/// </summary>
public sealed class EventRecorderFullException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public EventRecorderFullException(int capacity)
        : base("The recorder already holds its capacity of " + capacity.ToString(System.Globalization.CultureInfo.InvariantCulture)
               + " records waiting to be sent; this one was not recorded.")
        => Capacity = capacity;

    /// <summary>Creates the exception for a limit other than the capacity: a spool's size.</summary>
    public EventRecorderFullException(string message)
        : base(message)
    {
    }

    /// <summary>The capacity that was reached; 0 when a spool's size was.</summary>
    public int Capacity { get; }
}
