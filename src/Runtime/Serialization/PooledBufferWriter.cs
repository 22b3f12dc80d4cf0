using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;

namespace SchemaGen.Serialization;

/// <summary>An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool, returned on dispose.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    /// <summary>Creates a writer with room for <paramref name="initialCapacity"/> bytes before it grows.</summary>
    public PooledBufferWriter(int initialCapacity = 512) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <inheritdoc />
    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>The written bytes decoded as UTF-8.</summary>
    public string ToUtf8String() => Encoding.UTF8.GetString(_buffer, 0, _written);

    /// <summary>Forgets what was written, keeping the rented array.</summary>
    public void Clear() => _written = 0;

    /// <inheritdoc />
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = Array.Empty<byte>();
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        Buffer.BlockCopy(_buffer, 0, larger, 0, _written);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = larger;
    }
}
