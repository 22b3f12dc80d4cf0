using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace SchemaGen.Serialization;

/// <summary>
/// Writes a <c>properties</c> object straight into characters, for <c>ToPropertiesJson()</c>: the string is the
/// product, so going through UTF-8 bytes and back would only cost. It writes exactly what
/// <see cref="PropertiesWriter"/> writes through a <see cref="Utf8JsonWriter"/> (the same escapes, from
/// <see cref="JsonEscapes"/>), and the generated code calls both through the same <see cref="PropertiesWriter"/>
/// methods. One instance per thread is reused, so the result string is the only allocation.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PropertiesTextWriter
{
    // Properties hold at most 1,024 characters; a buffer grown far past that is not kept.
    private const int InitialCapacity = 256;
    private const int LargestKept = 4096;

    [ThreadStatic]
    private static PropertiesTextWriter? t_cached;

    private char[] _buffer = new char[InitialCapacity];
    private int _length;
    private bool _hasMember;

    private PropertiesTextWriter()
    {
    }

    /// <summary>This thread's writer, empty; a new one when it is in use (a value's getter writing properties too).</summary>
    public static PropertiesTextWriter Acquire()
    {
        var writer = t_cached ?? new PropertiesTextWriter();
        t_cached = null;
        writer._length = 0;
        writer._hasMember = false;
        return writer;
    }

    /// <summary>The text written, and the writer handed back for the thread's next use.</summary>
    public string ToStringAndRelease()
    {
        var text = new string(_buffer, 0, _length);
        if (_buffer.Length <= LargestKept)
        {
            t_cached = this;
        }

        return text;
    }

    /// <summary>Opens the object.</summary>
    public void WriteStartObject() => Append('{');

    /// <summary>Closes the object.</summary>
    public void WriteEndObject() => Append('}');

    /// <summary>
    /// Writes <c>"key":"value"</c> for a value that needs no escape: a formatted number or boolean. Keys are plain
    /// camelCase names.
    /// </summary>
    internal void WriteMember(JsonEncodedText key, ReadOnlySpan<char> value)
    {
        StartMember(key, value.Length);
        Append(value);
        Append('"');
    }

    /// <summary>Writes a text value: one pass copies it and finds anything to escape or surrogate to check.</summary>
    /// <exception cref="InteractionFormatException">The value holds a lone surrogate.</exception>
    internal void WriteStringMember(JsonEncodedText key, string value)
    {
        // StartMember makes room for the value and the closing quote.
        StartMember(key, value.Length);
        if (JsonEscapes.TryCopyPlain(value.AsSpan(), _buffer.AsSpan(_length), orSeparator: false))
        {
            // The common case.
            _length += value.Length;
            _buffer[_length++] = '"';
            return;
        }

        TextRules.EnsureWellFormed(value, key.Value);
        AppendEscaped(value.AsSpan());
        Append('"');
    }

    internal void WriteJoinedMember(JsonEncodedText key, IReadOnlyList<string?> values, string fieldKey)
    {
        StartMember(key, 0);
        for (var i = 0; i < values.Count; i++)
        {
            AppendMultiValue(values[i], i, fieldKey);
        }

        Append('"');
    }

    /// <summary>
    /// Writes the values of an array or list joined with <c>|</c>: room for all of them is made once, and each plain
    /// value is checked as it is copied.
    /// </summary>
    internal void WriteJoinedMember(JsonEncodedText key, ReadOnlySpan<string?> values, string fieldKey)
    {
        StartMember(key, RoomFor(values, 0));
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (i > 0)
            {
                _buffer[_length++] = FieldFormat.MultiValueSeparator;
            }

            if (value is { Length: > 0 } && JsonEscapes.TryCopyPlain(value.AsSpan(), _buffer.AsSpan(_length), orSeparator: true))
            {
                _length += value.Length;
                continue;
            }

            FieldFormat.CheckMultiValue(value, i, fieldKey);
            AppendEscaped(value.AsSpan());

            // The escapes took more room than the value's length: make it again for the values left.
            Ensure(RoomFor(values, i + 1));
        }

        _buffer[_length++] = '"';
    }

    /// <summary>The room the values from <paramref name="start"/> on take plain: their lengths, a separator before each, the closing quote.</summary>
    private static int RoomFor(ReadOnlySpan<string?> values, int start)
    {
        var room = values.Length - start + 1;
        for (var i = start; i < values.Length; i++)
        {
            room += values[i]?.Length ?? 0;
        }

        return room;
    }

#if NET
    /// <summary>Writes an integer member, formatting it straight into the buffer.</summary>
    internal void WriteInt64Member(JsonEncodedText key, long value)
    {
        // 20 characters hold every long.
        StartMember(key, 20);
        value.TryFormat(_buffer.AsSpan(_length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        _length += written;
        _buffer[_length++] = '"';
    }

    /// <summary>Writes a finite double's member, formatting it straight into the buffer (see <see cref="RoundTripDouble"/>).</summary>
    internal void WriteDoubleMember(JsonEncodedText key, double value)
    {
        // 32 characters hold every double's shortest text.
        StartMember(key, 32);
        _length += RoundTripDouble.Write(value, _buffer.AsSpan(_length));
        _buffer[_length++] = '"';
    }
#endif

    /// <summary>One value of a multi-value: one pass copies it and finds whether it needs more than a copy.</summary>
    private void AppendMultiValue(string? value, int index, string fieldKey)
    {
        if (index > 0)
        {
            Append(FieldFormat.MultiValueSeparator);
        }

        if (value is { Length: > 0 })
        {
            Ensure(value.Length);
            if (JsonEscapes.TryCopyPlain(value.AsSpan(), _buffer.AsSpan(_length), orSeparator: true))
            {
                _length += value.Length;
                return;
            }
        }

        FieldFormat.CheckMultiValue(value, index, fieldKey);
        AppendEscaped(value.AsSpan());
    }

    private void StartMember(JsonEncodedText key, int valueLength)
    {
        var name = key.Value;
        Ensure(name.Length + valueLength + 6);

        // Locals rather than fields: every character here is one store, without reloading the buffer and length.
        var buffer = _buffer;
        var at = _length;
        if (_hasMember)
        {
            buffer[at++] = ',';
        }

        _hasMember = true;
        buffer[at++] = '"';
        name.CopyTo(0, buffer, at, name.Length);
        at += name.Length;
        buffer[at++] = '"';
        buffer[at++] = ':';
        buffer[at++] = '"';
        _length = at;
    }

    private void AppendEscaped(ReadOnlySpan<char> value)
    {
        var next = JsonEscapes.IndexOfRequired(value);
        while (next >= 0)
        {
            Append(value.Slice(0, next));
            Append(JsonEscapes.Of(value[next])!.AsSpan());
            value = value.Slice(next + 1);
            next = JsonEscapes.IndexOfRequired(value);
        }

        Append(value);
    }

    private void Append(char character)
    {
        Ensure(1);
        _buffer[_length++] = character;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_length + more, _buffer.Length * 2));
        }
    }
}
