using System;
using System.Buffers;

namespace SchemaGen.Serialization;

/// <summary>
/// Writes a JSON body of known shape straight into UTF-8 bytes: punctuation and member names as prepared bytes,
/// strings with the escapes of <see cref="JsonEscapes"/>, numbers through the formatters. It does not check the
/// structure, which its callers (<see cref="PutEventsWireFormat"/>, <see cref="DatasetRecordsWireFormat"/>) fix; asking the output for room only when
/// the span in hand is spent, and advancing it once at the end, is what makes it cheaper than a general writer.
/// </summary>
internal ref struct Utf8BodyWriter
{
    // Room asked for whenever the span in hand runs out; a typical ten-event body fits in the first.
    private const int ChunkSize = 4096;

    // A number's text: a float's or a decimal's, sign and exponent included, is at most this long.
    private const int NumberRoom = 32;

    private readonly IBufferWriter<byte> _output;
    private Span<byte> _span;
    private int _at;

    public Utf8BodyWriter(IBufferWriter<byte> output)
    {
        _output = output;
        _span = output.GetSpan(ChunkSize);
        _at = 0;
    }

    /// <summary>Bytes that are JSON already: punctuation, and a member's quoted name with its colon.</summary>
    public void WriteRaw(ReadOnlySpan<byte> json)
    {
        Ensure(json.Length);
        json.CopyTo(_span.Slice(_at));
        _at += json.Length;
    }

    /// <summary>A quoted, escaped string value.</summary>
    public void WriteString(string value)
    {
        Ensure(Utf8JsonString.MaxQuotedLength(value.Length));
        _at += Utf8JsonString.WriteQuoted(value.AsSpan(), _span.Slice(_at));
    }

    /// <summary>An <c>eventValue</c> (see <see cref="EventValueFormat"/>).</summary>
    public void WriteEventValue(float value)
    {
        Ensure(NumberRoom);
        _at += EventValueFormat.Write(value, _span.Slice(_at));
    }

    /// <summary>A <c>sentAt</c> (see <see cref="EpochSeconds"/>).</summary>
    public void WriteSentAt(DateTimeOffset value)
    {
        Ensure(NumberRoom);
        _at += EpochSeconds.Write(value, _span.Slice(_at));
    }

    /// <summary>Hands what was written to the output.</summary>
    public void Complete()
    {
        _output.Advance(_at);
        _at = 0;
        _span = default;
    }

    private void Ensure(int needed)
    {
        if (_span.Length - _at < needed)
        {
            _output.Advance(_at);
            _span = _output.GetSpan(Math.Max(needed, ChunkSize));
            _at = 0;
        }
    }
}
