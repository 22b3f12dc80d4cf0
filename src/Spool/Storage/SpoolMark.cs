using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Hashing;

namespace SchemaGen.Storage;

/// <summary>
/// A small file beside the database, rewritten after each commit: the highest sequence ever handed out, the
/// sequence below which every record has been removed, and how many records the spool holds. A deleted, cut or
/// damaged write-ahead log takes commits with it that the database then silently lacks; the count held here shows
/// how many records went with them. It is not synced on each commit (that would double a commit's cost): after a
/// power loss it may be a commit behind, and what that commit held is not counted.
/// </summary>
internal sealed class SpoolMark : IDisposable
{
    private const int Size = 32;
    private readonly FileStream _file;
    private readonly byte[] _buffer = new byte[Size];

    private SpoolMark(FileStream file) => _file = file;

    public static SpoolMark Open(string path) =>
        new(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 1));

    /// <summary>The mark as last written; null when the file is new, cut short or damaged.</summary>
    public (long Highest, long RemovedBelow, long Held)? Read()
    {
        _file.Position = 0;
        var read = 0;
        while (read < Size)
        {
            var count = _file.Read(_buffer, read, Size - read);
            if (count == 0)
            {
                return null;
            }

            read += count;
        }

        var highest = BinaryPrimitives.ReadInt64LittleEndian(_buffer.AsSpan(0, 8));
        var removedBelow = BinaryPrimitives.ReadInt64LittleEndian(_buffer.AsSpan(8, 8));
        var held = BinaryPrimitives.ReadInt64LittleEndian(_buffer.AsSpan(16, 8));
        var checksum = BinaryPrimitives.ReadInt64LittleEndian(_buffer.AsSpan(24, 8));
        if (checksum != Checksum(_buffer) || highest < 0 || removedBelow < 0 || removedBelow > highest + 1 || held < 0 || held > highest)
        {
            return null;
        }

        return (highest, removedBelow, held);
    }

    /// <summary>Every sequence up to <paramref name="highest"/> has been handed out, none below <paramref name="removedBelow"/> is held, and <paramref name="held"/> records are.</summary>
    public void Write(long highest, long removedBelow, long held)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(0, 8), highest);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(8, 8), removedBelow);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(16, 8), held);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(24, 8), Checksum(_buffer));
        _file.Position = 0;
        _file.Write(_buffer, 0, Size);
        _file.Flush(flushToDisk: false);
    }

    public void Dispose() => _file.Dispose();

    private static long Checksum(byte[] buffer) => unchecked((long)XxHash3.HashToUInt64(buffer.AsSpan(0, 24)));
}
