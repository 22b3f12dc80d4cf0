using System;

namespace SchemaGen;

/// <summary>A record as an <see cref="IRecordSpool"/> stored it: its sequence number and its bytes.</summary>
public readonly struct SpooledRecord
{
    /// <summary>Creates the record.</summary>
    public SpooledRecord(long sequence, ReadOnlyMemory<byte> payload)
    {
        Sequence = sequence;
        Payload = payload;
    }

    /// <summary>The number the spool stored the record under.</summary>
    public long Sequence { get; }

    /// <summary>The record as the recorder encoded it.</summary>
    public ReadOnlyMemory<byte> Payload { get; }
}
