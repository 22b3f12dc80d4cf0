using System;
using System.Buffers;

namespace SchemaGen.Serialization;

/// <summary>A growable run of characters in an array rented from the shared pool; returned on dispose.</summary>
internal struct PooledCharBuffer : IDisposable
{
    private char[] _buffer;
    private int _length;

    public PooledCharBuffer(int initialCapacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(initialCapacity);
        _length = 0;
    }

    public ReadOnlySpan<char> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>The rented array; its first <see cref="Length"/> characters are the written ones.</summary>
    public char[] WrittenArray => _buffer;

    public int Length => _length;

    public void Append(char character)
    {
        Ensure(1);
        _buffer[_length++] = character;
    }

    public void Append(string text)
    {
        Ensure(text.Length);
        text.CopyTo(0, _buffer, _length, text.Length);
        _length += text.Length;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
        }

        _buffer = Array.Empty<char>();
        _length = 0;
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_length + more, _buffer.Length * 2));
        Array.Copy(_buffer, larger, _length);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
