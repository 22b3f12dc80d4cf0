using System.Buffers;
using System.Text.Json;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>The whole-number path for <c>eventValue</c> writes byte for byte what the float formatter writes.</summary>
public sealed class EventValueFormatTests
{
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("eventValue");

    [Fact]
    public void Every_whole_number_it_writes_as_an_integer_is_the_float_formatters_text()
    {
        var limit = (int)EventValueFormat.LargestWrittenAsInteger;
        using var subject = new Writer();
        using var peer = new Writer();
        for (var i = -limit - 2; i <= limit + 2; i++)
        {
            subject.Write(writer => EventValueFormat.Write(writer, Name, i));
            peer.Write(writer => writer.WriteNumber(Name, (float)i));
            Assert.True(subject.Text == peer.Text, i + ": " + subject.Text + " against " + peer.Text);
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
    [InlineData(1.401298E-45f)]
    [InlineData(4.2f)]
    public void Other_values_are_the_float_formatters_text(float value)
    {
        using var subject = new Writer();
        using var peer = new Writer();
        subject.Write(writer => EventValueFormat.Write(writer, Name, value));
        peer.Write(writer => writer.WriteNumber(Name, value));
        Assert.Equal(peer.Text, subject.Text);
    }

    private sealed class Writer : System.IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _writer;

        public Writer() => _writer = new Utf8JsonWriter(_buffer, JsonDefaults.WriterOptions);

        public string Text { get; private set; } = "";

        public void Write(System.Action<Utf8JsonWriter> write)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            _writer.WriteStartObject();
            write(_writer);
            _writer.WriteEndObject();
            _writer.Flush();
            Text = System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }

        public void Dispose() => _writer.Dispose();
    }
}
