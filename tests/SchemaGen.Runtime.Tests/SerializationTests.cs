using System;
using System.IO;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Runtime.Tests;

public sealed class SerializationTests
{
    [Theory]
    [InlineData(4f, "4")]
    [InlineData(0.1f, "0.1")]
    [InlineData(-1.5f, "-1.5")]
    [InlineData(3.4028235E+38f, "3.4028235E+38")]
    [InlineData(1E-45f, "1E-45")]
    public void Floats_are_written_in_their_shortest_round_trip_form(float value, string text)
    {
        Assert.Equal(text, FieldFormat.Single(value, "price"));
        Assert.Equal(value, FieldParse.Single(text, "price"));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void Non_finite_floats_are_refused_naming_the_field(float value)
    {
        var error = Assert.Throws<InteractionFormatException>(() => FieldFormat.Single(value, "price"));
        Assert.Equal("price", error.Key);
        Assert.Contains("only finite numbers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_values_are_joined_with_a_bar_and_split_back()
    {
        Assert.Equal("Horror|Action", FieldFormat.Join(["Horror", "Action"], "genres"));
        Assert.Equal(new[] { "Horror", "Action" }, FieldFormat.Split("Horror|Action", "genres"));
        Assert.Empty(FieldFormat.Split(string.Empty, "genres"));
    }

    [Theory]
    [InlineData("a|b")]
    [InlineData("")]
    [InlineData(null)]
    public void Multi_values_that_could_not_be_read_back_are_refused(string? value)
    {
        var error = Assert.Throws<InteractionFormatException>(() => FieldFormat.Join(["ok", value!], "genres"));
        Assert.Equal("genres", error.Key);
        Assert.Contains("value 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("a", true)]
    [InlineData("a|bc|d", true)]
    [InlineData("|", false)]
    [InlineData("|a", false)]
    [InlineData("a|", false)]
    [InlineData("a||b", false)]
    public void A_joined_multi_value_with_an_empty_value_is_refused_without_splitting(string joined, bool accepted)
    {
        var refused = Record.Exception(() => FieldFormat.EnsureNoEmptyValue(joined, "genres"));

        Assert.Equal(accepted, refused is null);
        Assert.Equal(accepted, Record.Exception(() => FieldFormat.Split(joined, "genres")) is null);
    }

    [Theory]
    [InlineData(1e300, "beyond the largest Avro float")]
    [InlineData(-3.5e38, "beyond the largest Avro float")]
    [InlineData(1e-46, "below the smallest Avro float")]
    [InlineData(double.NaN, "only finite numbers")]
    public void A_double_that_no_float_holds_is_refused_when_narrowed(double value, string message)
    {
        var error = Assert.Throws<InteractionFormatException>(() => FieldFormat.NarrowToSingle(value, "EVENT_VALUE"));

        Assert.Equal("EVENT_VALUE", error.Key);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0d)]
    [InlineData(1.401298464324817e-45)]
    [InlineData(3.4028235e38)]
    public void A_double_a_float_holds_is_narrowed_to_the_nearest_float(double value) =>
        Assert.Equal((float)value, FieldFormat.NarrowToSingle(value, "EVENT_VALUE"));

    [Theory]
    [InlineData(EpochSeconds.MinValue)]
    [InlineData(0L)]
    [InlineData(EpochSeconds.MaxValue)]
    public void Epoch_seconds_of_the_years_1_to_9999_are_instants(long seconds) =>
        Assert.Equal(seconds, EpochSeconds.ToDateTimeOffset(seconds, "TIMESTAMP").ToUnixTimeSeconds());

    [Theory]
    [InlineData(EpochSeconds.MinValue - 1, "before the year 1")]
    [InlineData(EpochSeconds.MaxValue + 1, "after the year 9999")]
    [InlineData(1700000000123L, "looks like milliseconds: 1700000000 seconds is 2023-11-14T22:13:20Z")]
    public void Epoch_seconds_outside_the_years_1_to_9999_are_refused(long seconds, string message)
    {
        var error = Assert.Throws<InteractionFormatException>(() => EpochSeconds.Ensure(seconds, "TIMESTAMP"));

        Assert.Equal("TIMESTAMP", error.Key);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Throws<InteractionFormatException>(() => FieldParse.EpochSeconds(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "joined"));
    }

    [Fact]
    public void Text_rules_find_lone_surrogates_and_leave_pairs_alone()
    {
        Assert.Equal(-1, TextRules.IndexOfLoneSurrogate("a😀b𝄞"));
        Assert.Equal(1, TextRules.IndexOfLoneSurrogate("a\uD83Db"));
        Assert.Equal(3, TextRules.IndexOfLoneSurrogate("a😀\uDE00"));
        Assert.Equal(0, TextRules.IndexOfLoneSurrogate("\uDE00\uD83D"));
        Assert.Equal("4 UTF-16 code units long (2 characters, some outside the Basic Multilingual Plane)", TextRules.DescribeLength("😀😀"));
        Assert.Equal("1 character long", TextRules.DescribeLength("é"));
    }

    [Fact]
    public void Epoch_seconds_treat_unspecified_dates_as_utc_and_convert_local_ones()
    {
        var utc = new DateTime(2020, 7, 31, 23, 30, 43, DateTimeKind.Utc);

        Assert.Equal(1596238243, EpochSeconds.From(utc));
        Assert.Equal(1596238243, EpochSeconds.From(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified)));
        Assert.Equal(1596238243, EpochSeconds.From(utc.ToLocalTime()));
        Assert.Equal(1596238243, EpochSeconds.From(new DateTimeOffset(utc).ToOffset(TimeSpan.FromHours(5))));
        Assert.Equal(utc, EpochSeconds.ToDateTime(1596238243));
    }

    [Fact]
    public void Properties_reader_takes_strings_numbers_and_booleans_and_rejects_leftovers()
    {
        var reader = PropertiesReader.Parse("{\"numRatings\":13,\"location\":\"Ohio\",\"isReturn\":false,\"device\":null,\"extra\":\"x\"}");

        Assert.Equal("13", reader.Take("numRatings"));
        Assert.Equal("Ohio", reader.Take("location"));
        Assert.Equal("false", reader.Take("isReturn"));
        Assert.False(reader.TryTake("device", out _));
        var error = Assert.Throws<InteractionFormatException>(reader.EnsureAllTaken);
        Assert.Equal("extra", error.Key);
        Assert.Contains("is not a field of this schema", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\":{\"b\":1}}", "a", "holds a JSON startobject")]
    [InlineData("{\"a\":[1]}", "a", "holds a JSON startarray")]
    [InlineData("{\"a\":\"1\",\"a\":\"2\"}", "a", "appears twice")]
    [InlineData("[1]", "properties", "is not a JSON object")]
    [InlineData("{\"a\":", "properties", "is not valid JSON")]
    [InlineData("{} {}", "properties", "is not valid JSON")]
    public void Properties_reader_names_the_key_of_a_malformed_value(string json, string key, string message)
    {
        var error = Assert.Throws<InteractionFormatException>(() => PropertiesReader.Parse(json));

        Assert.Equal(key, error.Key);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_values_name_the_key()
    {
        var error = Assert.Throws<InteractionFormatException>(() => PropertiesReader.Parse("{}").Take("numRatings"));

        Assert.Equal("numRatings", error.Key);
    }

    [Theory]
    [InlineData("12x", "is not an integer")]
    [InlineData("40000", "is outside -32768 to 32767")]
    public void Integers_are_parsed_within_the_property_range(string text, string message)
    {
        var error = Assert.Throws<InteractionFormatException>(() => FieldParse.Integer(text, "quantity", short.MinValue, short.MaxValue));

        Assert.Equal("quantity", error.Key);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_cells_are_quoted_and_escaped_only_when_needed()
    {
        var text = new StringWriter();
        var row = new CsvRowWriter(text);
        row.WriteText("plain", "A");
        row.WriteText(null, "B");
        row.WriteText("a,b", "C");
        row.WriteText("say \"hi\"", "D");
        row.WriteText("back\\slash", "E");
        row.WriteInteger(1596238243, "TIMESTAMP");
        row.WriteBoolean(true, "F");
        row.WriteSingle(null, "G");
        row.WriteJoined(["73", "70"], "IMPRESSION");
        row.EndRow();

        Assert.Equal("plain,,\"a,b\",\"say \\\"hi\\\"\",\"back\\\\slash\",1596238243,true,,73|70\n", text.ToString());
    }

    [Theory]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    public void Csv_cells_with_line_breaks_are_refused(string value)
    {
        var row = new CsvRowWriter(new StringWriter());

        var error = Assert.Throws<InteractionFormatException>(() => row.WriteText(value, "LOCATION"));
        Assert.Equal("LOCATION", error.Key);
    }
}
