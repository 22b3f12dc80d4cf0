using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using SchemaGen.Serialization;

namespace SchemaGen.Spooling;

/// <summary>
/// Writes a record's fields for the spool: little-endian numbers, strings as a length (−1 for null) and their UTF-16 code units,
/// instants as UTC ticks and an offset. Exact by construction: every value reads back as it was.
/// </summary>
internal readonly struct SpoolWriter
{
    private readonly PooledBufferWriter _output;

    public SpoolWriter(PooledBufferWriter output) => _output = output;

    public void Byte(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
    }

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void Int32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_output.GetSpan(4), value);
        _output.Advance(4);
    }

    public void Int64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_output.GetSpan(8), value);
        _output.Advance(8);
    }

    public void String(string? value)
    {
        if (value is null)
        {
            Int32(-1);
            return;
        }

        // UTF-16 code units as they are: exact for every string, a lone surrogate included.
        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        Int32(value.Length);
        bytes.CopyTo(_output.GetSpan(bytes.Length));
        _output.Advance(bytes.Length);
    }

    public void Instant(DateTimeOffset value)
    {
        Int64(value.UtcTicks);
        Int32((int)value.Offset.TotalMinutes);
    }

    public void Single(float? value)
    {
        Bool(value.HasValue);
        if (value is { } number)
        {
#if NETSTANDARD2_0
            Int32(BitConverter.ToInt32(BitConverter.GetBytes(number), 0));
#else
            Int32(BitConverter.SingleToInt32Bits(number));
#endif
        }
    }

    public void Strings(System.Collections.Generic.IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            Int32(-1);
            return;
        }

        Int32(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            String(values[i]);
        }
    }
}
