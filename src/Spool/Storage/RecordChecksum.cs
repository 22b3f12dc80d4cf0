using System;
using System.Buffers.Binary;
using System.IO.Hashing;

namespace SchemaGen.Storage;

/// <summary>
/// Each row's checksum, over its sequence and its bytes: SQLite verifies the structure of its pages, not what a row
/// holds, so a flipped bit in a record — or a record found under another row's sequence — shows only here.
/// </summary>
internal static class RecordChecksum
{
    public static long Of(long sequence, ReadOnlySpan<byte> payload)
    {
        var hash = new XxHash3();
        Span<byte> prefix = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(prefix, sequence);
        hash.Append(prefix);
        hash.Append(payload);
        return unchecked((long)hash.GetCurrentHashAsUInt64());
    }
}
