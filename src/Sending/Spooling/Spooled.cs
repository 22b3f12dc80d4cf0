namespace SchemaGen.Spooling;

/// <summary>A record read from a spool, with the sequence number it is stored under there.</summary>
internal readonly struct Spooled<TRecord>
{
    public Spooled(long sequence, TRecord record)
    {
        Sequence = sequence;
        Record = record;
    }

    public long Sequence { get; }

    public TRecord Record { get; }
}
