using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Emit;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// The emitters write literals through their own pieces rather than through strings; these must read back as the
/// text they were given, whatever it holds (schema names and event types come from the user's attributes). The
/// texts also feed the Avro schema's verbatim literal (<see cref="AvroLengthTests"/>).
/// </summary>
public sealed class CodePiecesTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            string.Empty,
            "USER_ID",
            "movie rating",
            "say \"hi\"",
            "back\\slash",
            "tab\there",
            "line\nbreak\r\n",
            "\0nul",
            "é and 😀",
            "\u007f\u0080\u2028",
            "{\n  \"type\": \"record\"\n}",
            "\"",
            "\"\"",
            "ends with a quote\"",
        };
        var random = new Random(20261130);
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var c = 0; c < chars.Length; c++)
            {
                // Mostly printable ASCII, with controls, quotes, backslashes and non-ASCII mixed in.
                chars[c] = random.Next(6) switch
                {
                    0 => (char)random.Next(0, 32),
                    1 => "\"\\"[random.Next(2)],
                    2 => (char)random.Next(0x80, 0x3000),
                    _ => (char)random.Next(32, 127),
                };
            }

            data.Add(new string(chars));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_literal_is_what_Roslyn_formats_for_the_text(string text)
    {
        Assert.Equal(SymbolDisplay.FormatLiteral(text, quote: true), new LiteralCode(text).ToString());
    }

    [Fact]
    public void An_identifier_that_is_a_keyword_is_escaped()
    {
        Assert.Equal("@event", new IdentifierCode("event").ToString());
        Assert.Equal("@await", new IdentifierCode("await").ToString());
        Assert.Equal("Rating", new IdentifierCode("Rating").ToString());
        Assert.Equal("record", new IdentifierCode("record").ToString());
    }

    [Theory]
    [InlineData(new string[0], false, "global::System.Array.Empty<string>()")]
    [InlineData(new[] { "like" }, false, "new string[] { \"like\" }")]
    [InlineData(new[] { "like", "say \"hi\"" }, true, "{ \"like\", \"say \\\"hi\\\"\" }")]
    public void A_string_array_lists_its_literals(string[] values, bool initializer, string expected)
    {
        var items = SchemaGen.Generator.Model.EquatableArray.From(new List<string>(values));

        Assert.Equal(expected, new StringArrayCode<string>(items, static value => value, initializer).ToString());
    }

    [Fact]
    public void An_interpolated_line_is_indented_and_ends_with_a_line_feed()
    {
        var writer = new IndentedWriter();
        var name = "Rating";
        writer.OpenBlock($"partial class {new IdentifierCode(name)}");
        writer.Line($"public const string Name = {new LiteralCode(name)};");
        writer.CloseBlock();

        Assert.Equal("partial class Rating\n{\n    public const string Name = \"Rating\";\n}\n", writer.ToString());
    }
}
