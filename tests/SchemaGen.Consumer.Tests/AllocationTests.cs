using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using Xunit;

namespace SchemaGen.Consumer.Tests;

/// <summary>
/// <c>WriteProperties</c> is the per-event hot path: once warm, writing into a reused writer allocates nothing,
/// whatever the field kinds (numbers, enums, dates, multi-values). A count of bytes, not a timing.
/// </summary>
public sealed class AllocationTests
{
    [Fact]
    public void WriteProperties_allocates_nothing_once_warm()
    {
        var instance = RoundTripTests.Sample();
        instance.OptionalText = "Ohio";
        instance.OptionalFlag = true;
        instance.SmallCount = 7;
        instance.Unsigned = 3000000000;
        instance.Ratio = 0.1f;
        instance.Precise = Math.PI;
        instance.OptionalDevice = Device.Tablet;
        instance.LastSeen = DateTimeOffset.FromUnixTimeSeconds(1700000000);
        instance.Tags = ["Horror", "Action"];
        instance.Genres = new List<string> { "Drama" };
        instance.Labels = ["a", "b", "c"];

        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer);
        WriteOnce(instance, writer, buffer);
        var expected = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            WriteOnce(instance, writer, buffer);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Contains("\"tags\":\"Horror|Action\"", expected, StringComparison.Ordinal);
    }

    private static void WriteOnce(EveryKind instance, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        instance.WriteProperties(writer);
        writer.Flush();
    }
}
