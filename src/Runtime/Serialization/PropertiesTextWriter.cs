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

    /// <summary>Writes a text value: one scan finds both what to escape and any surrogate to check.</summary>
    /// <exception cref="InteractionFormatException">The value holds a lone surrogate.</exception>
    internal void WriteStringMember(JsonEncodedText key, string value)
    {
        var attention = JsonEscapes.IndexOfRequiredOrSurrogate(value.AsSpan());
        if (attention >= 0)
        {
            TextRules.EnsureWellFormed(value, key.Value);
        }

        StartMember(key, value.Length);
        if (attention < 0)
        {
            Append(value.AsSpan());
        }
        else
        {
            AppendEscaped(value.AsSpan());
        }

        Append('"');
    }

    /// <summary>Writes the values joined with <c>|</c>, each checked as a multi-value element.</summary>
    /// <exception cref="InteractionFormatException">A value is null, empty, contains <c>|</c> or a lone surrogate.</exception>
    internal void WriteJoinedMember(JsonEncodedText key, IReadOnlyList<string?> values, string fieldKey)
    {
        StartMember(key, 0);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            FieldFormat.CheckMultiValue(value, i, fieldKey);
            if (i > 0)
            {
                Append(FieldFormat.MultiValueSeparator);
            }

            AppendEscaped(value.AsSpan());
        }

        Append('"');
    }

    private void StartMember(JsonEncodedText key, int valueLength)
    {
        var name = key.Value;
        Ensure(name.Length + valueLength + 6);
        if (_hasMember)
        {
            _buffer[_length++] = ',';
        }

        _hasMember = true;
        _buffer[_length++] = '"';
        name.AsSpan().CopyTo(_buffer.AsSpan(_length));
        _length += name.Length;
        _buffer[_length++] = '"';
        _buffer[_length++] = ':';
        _buffer[_length++] = '"';
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
