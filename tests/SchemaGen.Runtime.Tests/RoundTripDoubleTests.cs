using System;
using System.Globalization;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>The digits path for doubles writes character for character what the float formatter writes for "R".</summary>
public sealed class RoundTripDoubleTests
{
    [Fact]
    public void Every_value_with_two_decimals_below_a_hundred_thousand_is_the_float_formatters_text()
    {
        var buffer = new char[32];
        for (long cents = 0; cents < 10_000_000; cents++)
        {
            var value = cents / 100.0;
            AssertSameText(value, buffer);
            if (cents % 7 == 0)
            {
                AssertSameText(-value, buffer);
            }
        }
    }

    [Fact]
    public void Random_decimals_of_every_length_and_scale_are_the_float_formatters_text()
    {
        var random = new Random(20261130);
        var buffer = new char[32];
        for (var i = 0; i < 1_000_000; i++)
        {
            var digits = random.NextInt64(1, 1_000_000_000_000_000) / Pow10(random.Next(0, 15));
            var value = digits / Math.Pow(10, random.Next(0, 10));
            AssertSameText(random.Next(2) == 0 ? value : -value, buffer);
        }
    }

    [Fact]
    public void Random_doubles_of_any_bits_are_the_float_formatters_text()
    {
        var random = new Random(11);
        var buffer = new char[32];
        var bits = new byte[8];
        for (var i = 0; i < 1_000_000; i++)
        {
            random.NextBytes(bits);
            var value = BitConverter.ToDouble(bits, 0);
            if (double.IsFinite(value))
            {
                AssertSameText(value, buffer);
            }

            // Near the edges of the digits path: below 10^-4, around 10^9, and a last digit off.
            AssertSameText(value % 1e-3, buffer);
            AssertSameText(1e9 - (random.NextDouble() * 10), buffer);
            AssertSameText(Math.Round(random.NextDouble() * 1000, 2) + 1e-9, buffer);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-4)]
    [InlineData(0.00011)]
    [InlineData(9.9999e-5)]
    [InlineData(1e-5)]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(19.99)]
    [InlineData(123456789.123456)]
    [InlineData(999999999.999999)]
    [InlineData(1.999999)]
    [InlineData(-0.999999)]
    [InlineData(99999.999999)]
    [InlineData(268435455.999999)]
    [InlineData(1e9)]
    [InlineData(1e15)]
    [InlineData(1e16)]
    [InlineData(9007199254740993.0)]
    [InlineData(double.Epsilon)]
    [InlineData(double.MaxValue)]
    [InlineData(double.MinValue)]
    [InlineData(1.0 / 3)]
    [InlineData(0.1 + 0.2)]
    public void Edge_values_are_the_float_formatters_text(double value) => AssertSameText(value, new char[32]);

    [Fact]
    public void Negative_zero_is_the_float_formatters_text() => AssertSameText(-0.0, new char[32]);

    [Theory]
    [InlineData(19.99, "19.99")]
    [InlineData(-4.5, "-4.5")]
    [InlineData(0.000123, "0.000123")]
    [InlineData(42.0, "42")]
    [InlineData(123456789.123456, "123456789.123456")]
    public void Short_decimals_take_the_digits_path(double value, string expected)
    {
        var buffer = new char[32];
        Assert.True(RoundTripDouble.TryWriteDecimal(value, buffer, out var written));
        Assert.Equal(expected, new string(buffer, 0, written));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-5)]
    [InlineData(1.0 / 3)]
    [InlineData(0.1 + 0.2)]
    [InlineData(1234567890.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Other_values_are_left_to_the_float_formatter(double value) =>
        Assert.False(RoundTripDouble.TryWriteDecimal(value, new char[32], out _));

    [Theory]
    [InlineData(19.99)]
    [InlineData(-0.0)]
    [InlineData(1.0 / 3)]
    [InlineData(1e21)]
    public void Both_properties_writers_write_a_double_member_as_the_float_formatter_does(double value)
    {
        var key = System.Text.Json.JsonEncodedText.Encode("price");
        var expected = "{\"price\":\"" + value.ToString("R", CultureInfo.InvariantCulture) + "\"}";

        var text = PropertiesTextWriter.Acquire();
        text.WriteStartObject();
        PropertiesWriter.WriteDouble(text, key, value, "price");
        text.WriteEndObject();

        var bytes = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = PropertiesWriter.CreateJsonWriter(bytes))
        {
            writer.WriteStartObject();
            PropertiesWriter.WriteDouble(writer, key, value, "price");
            writer.WriteEndObject();
        }

        Assert.Equal(expected, text.ToStringAndRelease());
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(bytes.WrittenSpan));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void The_text_writer_refuses_a_double_that_is_not_finite_naming_the_field(double value)
    {
        var text = PropertiesTextWriter.Acquire();
        text.WriteStartObject();

        var error = Assert.Throws<InteractionFormatException>(() => PropertiesWriter.WriteDouble(text, System.Text.Json.JsonEncodedText.Encode("price"), value, "price"));
        Assert.Equal("price", error.Key);
    }

    private static void AssertSameText(double value, char[] buffer)
    {
        var expected = value.ToString("R", CultureInfo.InvariantCulture);
        var written = RoundTripDouble.Write(value, buffer);
        if (!buffer.AsSpan(0, written).SequenceEqual(expected))
        {
            Assert.Fail(value.ToString("G17", CultureInfo.InvariantCulture) + ": " + new string(buffer, 0, written) + " against " + expected);
        }
    }

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
