using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace SchemaGen.Spooling;

/// <summary>Reads what <see cref="SpoolWriter"/> wrote; any value that runs past the end throws <see cref="FormatException"/>.</summary>
internal ref struct SpoolReader
{
    private ReadOnlySpan<byte> _rest;

    public SpoolReader(ReadOnlySpan<byte> bytes) => _rest = bytes;

    public bool AtEnd => _rest.IsEmpty;

    public byte Byte() => Take(1)[0];

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        var other => throw new FormatException("A flag holds " + other + "."),
    };

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public string? NullableString()
    {
        var length = Int32();
        if (length == -1)
        {
            return null;
        }

        if (length < 0)
        {
            throw new FormatException("A string's length is " + length + ".");
        }

        if (length > _rest.Length / 2)
        {
            throw new FormatException("The record ends early.");
        }

        var units = MemoryMarshal.Cast<byte, char>(Take(length * 2));
#if NETSTANDARD2_0
        return new string(units.ToArray());
#else
        return new string(units);
#endif
    }

    public string String() => NullableString() ?? throw new FormatException("A required string is null.");

    public DateTimeOffset Instant()
    {
        var utcTicks = Int64();
        var offset = TimeSpan.FromMinutes(Int32());
        if (utcTicks < DateTimeOffset.MinValue.UtcTicks || utcTicks > DateTimeOffset.MaxValue.UtcTicks || offset.Duration() > TimeSpan.FromHours(14))
        {
            throw new FormatException("An instant is out of range.");
        }

        return new DateTimeOffset(utcTicks + offset.Ticks, offset);
    }

#if NETSTANDARD2_0
    public float? Single() => Bool() ? BitConverter.ToSingle(BitConverter.GetBytes(Int32()), 0) : null;
#else
    public float? Single() => Bool() ? BitConverter.Int32BitsToSingle(Int32()) : null;
#endif

    public IReadOnlyList<string>? Strings()
    {
        var count = Int32();
        if (count == -1)
        {
            return null;
        }

        if (count < 0 || count > _rest.Length / 4)
        {
            throw new FormatException("A list's length is " + count + ".");
        }

        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = String();
        }

        return values;
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > _rest.Length)
        {
            throw new FormatException("The record ends early.");
        }

        var taken = _rest.Slice(0, length);
        _rest = _rest.Slice(length);
        return taken;
    }
}
