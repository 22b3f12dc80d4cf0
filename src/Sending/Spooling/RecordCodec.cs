using System;
using SchemaGen.Serialization;

namespace SchemaGen.Spooling;

/// <summary>
/// How one operation's records are kept in a spool: a format byte, the record kind's byte (so a spool of events is
/// never read as items), then the record's fields.
/// </summary>
internal abstract class RecordCodec<TRecord>
{
    private const byte FormatVersion = 1;

    /// <summary>The kind of record, written so a spool of one kind is never read as another.</summary>
    protected abstract RecordKind Kind { get; }

    /// <summary>What the records are, for messages: <c>events</c>, <c>items</c>, ….</summary>
    public abstract string Noun { get; }

    public byte[] Encode(TRecord record)
    {
        using var buffer = new PooledBufferWriter(256);
        var writer = new SpoolWriter(buffer);
        writer.Byte(FormatVersion);
        writer.Byte((byte)Kind);
        Write(writer, record);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a record back; false, with the reason, when the bytes are not a record of this kind.</summary>
    public bool TryDecode(ReadOnlySpan<byte> bytes, out TRecord record, out string? problem)
    {
        record = default!;
        try
        {
            var reader = new SpoolReader(bytes);
            var version = reader.Byte();
            if (version != FormatVersion)
            {
                problem = "written in format " + version + ", not " + FormatVersion;
                return false;
            }

            var kind = reader.Byte();
            if (kind != (byte)Kind)
            {
                problem = "a record of another kind (" + kind + "), not of " + Noun;
                return false;
            }

            record = Read(ref reader);
            if (!reader.AtEnd)
            {
                problem = "longer than its fields";
                return false;
            }

            problem = null;
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            problem = exception.Message;
            return false;
        }
    }

    protected abstract void Write(SpoolWriter writer, TRecord record);

    protected abstract TRecord Read(ref SpoolReader reader);
}

/// <summary>The byte after a spooled record's format version: which codec wrote it. Never renumbered, as spools outlive processes.</summary>
internal enum RecordKind : byte
{
    Event = 1,
    Item = 2,
    User = 3,
    Action = 4,
    ActionInteraction = 5,
}
