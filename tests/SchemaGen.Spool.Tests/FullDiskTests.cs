using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Spool.KillTarget;
using Xunit;

namespace SchemaGen.Spool.Tests;

/// <summary>SQLite told it may not grow (<c>max_page_count</c>), as on a full disk.</summary>
public sealed class FullDiskTests
{
    [Fact]
    public async Task RecordAsync_throws_nothing_unstored_is_acknowledged_and_recording_resumes_when_room_returns()
    {
        using var directory = new TempDirectory();
        var sender = new TestSender(held: true);
        var spool = DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path });
        var acknowledged = new List<string>();
        var refusedIds = new List<string>();
        await using (var recorder = new EventRecorder<Click>(sender, new EventRecorderOptions { TrackingId = "7d1f2e3c-tracking-id-of-the-test", Spool = spool, FlushInterval = TimeSpan.FromMilliseconds(20) }))
        {
            await recorder.RecordAsync("session", SpooledRecorderTests.Click(0), eventType: null, eventId: "before-0", default);
            acknowledged.Add("before-0");

            // As many pages as it has now: the next page it needs is refused.
            await spool.LimitPagesAsync(1);
            SpoolWriteException? refused = null;
            for (var i = 1; i < 2_000 && refused is null; i++)
            {
                var id = "filling-" + i;
                try
                {
                    await recorder.RecordAsync("session", SpooledRecorderTests.Click(i), eventType: null, eventId: id, default);
                    acknowledged.Add(id);
                }
                catch (SpoolWriteException exception)
                {
                    refused = exception;
                    refusedIds.Add(id);
                }
            }

            Assert.NotNull(refused);
            Assert.Contains("The record was not recorded: the spool at " + directory.Path + " could not store it", refused.Message, StringComparison.Ordinal);
            Assert.Contains("full", refused.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(acknowledged.Count, spool.Count);

            // Still full: refused again, never half-stored.
            await Assert.ThrowsAsync<SpoolWriteException>(() => recorder.RecordAsync("session", SpooledRecorderTests.Click(5_000), eventType: null, eventId: "still-full", default).AsTask());
            refusedIds.Add("still-full");
            Assert.Equal(acknowledged.Count, spool.Count);

            await spool.LimitPagesAsync(1_000_000);
            await recorder.RecordAsync("session", SpooledRecorderTests.Click(6_000), eventType: null, eventId: "after", default);
            acknowledged.Add("after");
            sender.Release(int.MaxValue / 2);
            await recorder.FlushAsync();
            await Eventually.TrueAsync(() => spool.Count == 0, TimeSpan.FromSeconds(30));
        }

        Assert.Equal(acknowledged.Order(), sender.AcceptedEventIds.Order());
        Assert.Empty(sender.AcceptedEventIds.Intersect(refusedIds));
    }
}
