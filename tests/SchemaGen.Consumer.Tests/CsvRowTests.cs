using System;
using System.Collections.Generic;
using System.IO;
using CsCheck;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>
/// A bulk-import file written row by row stays well-formed whatever the values: a refused row writes nothing,
/// and every written row has exactly the header's columns, as a strict parser reads them.
/// </summary>
public sealed class CsvRowTests
{
    private static readonly (string Field, Action<EveryKind> Spoil)[] Spoilers =
    [
        ("TEXT", sample => sample.Text = "line1\nline2"),
        ("RATIO", sample => sample.Ratio = float.NaN),
        ("TAGS", sample => sample.Tags = ["a|b"]),
        ("DEVICE", sample => sample.Device = (Device)42),
        ("OPTIONAL_DEVICE", sample => sample.OptionalDevice = (Device)7),
        ("EVENT_TYPE", sample => sample.EventType = (Interaction)9),
        ("LABELS", sample => sample.Labels = null!),
        ("OPTIONAL_TEXT", sample => sample.OptionalText = "a\uD800b"),
    ];

    public static TheoryData<string, Action<EveryKind>> RefusedValues()
    {
        var data = new TheoryData<string, Action<EveryKind>>();
        foreach (var (field, spoil) in Spoilers)
        {
            data.Add(field, spoil);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public void A_refused_row_writes_nothing_and_names_the_field(string field, Action<EveryKind> spoil)
    {
        var writer = new StringWriter();
        var good = RoundTripTests.Sample();
        var bad = RoundTripTests.Sample();
        bad.Tags = ["x", "y"];
        bad.Genres = ["g"];
        spoil(bad);

        good.WriteCsvRow(writer);
        var error = Assert.Throws<InteractionFormatException>(() => bad.WriteCsvRow(writer));
        good.WriteCsvRow(writer);

        Assert.Equal(field, error.Key);
        Assert.Equal(good.ToCsvRow() + good.ToCsvRow(), writer.ToString());
    }

    [Fact]
    public void Rows_with_refused_values_interleaved_leave_a_file_a_strict_parser_reads() =>
        Gen.Select(Gen.Bool.Array[1, 40], Gen.Int[0, Spoilers.Length - 1].Array[40]).Sample((refusals, spoilers) =>
        {
            var writer = new StringWriter();
            EveryKind.WriteCsvHeader(writer);
            var written = 0;
            for (var i = 0; i < refusals.Length; i++)
            {
                var instance = RoundTripTests.Sample();
                instance.ItemId = "item," + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";
                if (refusals[i])
                {
                    Spoilers[spoilers[i]].Spoil(instance);
                    Assert.Throws<InteractionFormatException>(() => instance.WriteCsvRow(writer));
                }
                else
                {
                    instance.WriteCsvRow(writer);
                    written++;
                }
            }

            var records = StrictCsv.Parse(writer.ToString());
            var header = records[0];
            Assert.Equal(EveryKind.CsvHeader.Split(','), header);
            Assert.Equal(written + 1, records.Count);
            Assert.All(records, record => Assert.Equal(header.Count, record.Count));
        }, iter: 300);

    /// <summary>
    /// The Personalize import format, read strictly: a cell is bare (no quote, comma or line break in it) or
    /// wrapped in double quotes with <c>"</c> and <c>\</c> escaped by a backslash; anything else is an error.
    /// </summary>
    private static class StrictCsv
    {
        public static List<List<string>> Parse(string text)
        {
            Assert.True(text.Length == 0 || text[^1] == '\n', "The file does not end with a line feed.");
            var records = new List<List<string>>();
            var position = 0;
            while (position < text.Length)
            {
                var record = new List<string>();
                while (true)
                {
                    record.Add(Cell(text, ref position));
                    var separator = text[position++];
                    if (separator == '\n')
                    {
                        break;
                    }

                    Assert.True(separator == ',', $"Unexpected '{separator}' after a cell at offset {position - 1}.");
                }

                records.Add(record);
            }

            return records;
        }

        private static string Cell(string text, ref int position)
        {
            var cell = new System.Text.StringBuilder();
            if (text[position] != '"')
            {
                while (text[position] is not (',' or '\n'))
                {
                    Assert.False(text[position] is '"' or '\r', $"A bare cell holds '{text[position]}' at offset {position}.");
                    cell.Append(text[position++]);
                }

                return cell.ToString();
            }

            position++;
            while (true)
            {
                Assert.True(position < text.Length, "A quoted cell is not closed.");
                var character = text[position++];
                switch (character)
                {
                    case '"':
                        return cell.ToString();
                    case '\\':
                        Assert.True(text[position] is '"' or '\\', $"A backslash escapes '{text[position]}' at offset {position}.");
                        cell.Append(text[position++]);
                        break;
                    case '\n' or '\r':
                        Assert.Fail($"A line break inside a quoted cell at offset {position - 1}.");
                        break;
                    default:
                        cell.Append(character);
                        break;
                }
            }
        }
    }
}
