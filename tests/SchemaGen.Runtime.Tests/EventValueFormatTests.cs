using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>The whole-number path for <c>eventValue</c> writes byte for byte what System.Text.Json's writer writes for the float.</summary>
public sealed class EventValueFormatTests
{
    [Fact]
    public void Every_whole_number_it_writes_as_an_integer_is_the_float_formatters_text()
    {
        var limit = (int)EventValueFormat.LargestWrittenAsInteger;
        var peer = new Peer();
        var buffer = new byte[32];
        for (var i = -limit - 2; i <= limit + 2; i++)
        {
            var written = EventValueFormat.Write(i, buffer);
            var expected = peer.Text(i);
            if (!buffer.AsSpan(0, written).SequenceEqual(expected))
            {
                Assert.Fail(i + ": " + Encoding.UTF8.GetString(buffer, 0, written) + " against " + Encoding.UTF8.GetString(expected));
            }
        }
    }

    [Theory]
    [InlineData(-0f)]
    [InlineData(0.5f)]
    [InlineData(-2.75f)]
    [InlineData(1e7f)]
    [InlineData(-1e7f)]
    [InlineData(16777217f)]
    [InlineData(3.4028235e38f)]
    [InlineData(-3.4028235e38f)]
    [InlineData(1.401298E-45f)]
    [InlineData(4.2f)]
    [InlineData(0.1f)]
    public void Other_values_are_the_float_formatters_text(float value)
    {
        var buffer = new byte[32];
        var written = EventValueFormat.Write(value, buffer);

        Assert.Equal(Encoding.UTF8.GetString(new Peer().Text(value)), Encoding.UTF8.GetString(buffer, 0, written));
    }

    /// <summary>A float as System.Text.Json's writer writes it.</summary>
    private sealed class Peer
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _writer;

        public Peer() => _writer = new Utf8JsonWriter(_buffer);

        public ReadOnlySpan<byte> Text(float value)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            _writer.WriteNumberValue(value);
            _writer.Flush();
            return _buffer.WrittenSpan;
        }
    }
}
