using System.Text.Json;
using SchemaGen.Serialization;
using Xunit;

namespace SchemaGen.Runtime.Tests;

/// <summary>
/// The thread's reused properties writer: a string written inside another (a getter writing properties too) gets a
/// writer of its own, and a writer left behind by an exception is replaced, not shared.
/// </summary>
public sealed class PropertiesTextWriterReuseTests
{
    private static readonly JsonEncodedText Outer = JsonEncodedText.Encode("outer");
    private static readonly JsonEncodedText Inner = JsonEncodedText.Encode("inner");

    [Fact]
    public void A_string_written_while_another_is_being_written_gets_its_own_writer()
    {
        var outer = PropertiesTextWriter.Acquire();
        outer.WriteStartObject();
        PropertiesWriter.WriteString(outer, Outer, "a");

        var inner = PropertiesTextWriter.Acquire();
        Assert.NotSame(outer, inner);
        inner.WriteStartObject();
        PropertiesWriter.WriteString(inner, Inner, "b");
        inner.WriteEndObject();
        Assert.Equal("{\"inner\":\"b\"}", inner.ToStringAndRelease());

        PropertiesWriter.WriteString(outer, Inner, "c");
        outer.WriteEndObject();
        Assert.Equal("{\"outer\":\"a\",\"inner\":\"c\"}", outer.ToStringAndRelease());
    }

    [Fact]
    public void A_writer_left_by_an_exception_is_replaced_and_the_replacement_reused()
    {
        var abandoned = PropertiesTextWriter.Acquire();
        abandoned.WriteStartObject();
        Assert.Throws<InteractionFormatException>(() => PropertiesWriter.WriteDouble(abandoned, Outer, double.NaN, "outer"));

        var next = PropertiesTextWriter.Acquire();
        Assert.NotSame(abandoned, next);
        next.WriteStartObject();
        PropertiesWriter.WriteInt64(next, Outer, 13);
        next.WriteEndObject();
        Assert.Equal("{\"outer\":\"13\"}", next.ToStringAndRelease());
        Assert.Same(next, PropertiesTextWriter.Acquire());
    }

    [Fact]
    public void A_writer_grown_past_what_properties_need_writes_correctly_after_it_is_released()
    {
        var large = PropertiesTextWriter.Acquire();
        large.WriteStartObject();
        PropertiesWriter.WriteString(large, Outer, new string('x', 10_000));
        large.WriteEndObject();
        Assert.Equal(10_000 + "{\"outer\":\"\"}".Length, large.ToStringAndRelease().Length);

        var again = PropertiesTextWriter.Acquire();
        again.WriteStartObject();
        PropertiesWriter.WriteString(again, Inner, "short");
        again.WriteEndObject();
        Assert.Equal("{\"inner\":\"short\"}", again.ToStringAndRelease());
    }
}
