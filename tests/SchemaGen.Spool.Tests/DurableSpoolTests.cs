using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SchemaGen.Spool.Tests;

public sealed class DurableSpoolTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(SpooledRecord record) => Encoding.UTF8.GetString(record.Payload.Span);

    [Fact]
    public async Task Records_come_back_in_order_after_a_reopen_and_leave_only_when_removed()
    {
        using var directory = new TempDirectory();
        long[] sequences;
        await using (var spool = DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path }))
        {
            sequences = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => spool.AppendAsync(Bytes("record " + i), waitWhenFull: true, CancellationToken.None).AsTask()));
            Assert.Equal(50, sequences.Distinct().Count());
            Assert.Equal(50, spool.Count);
            await spool.RemoveAsync(sequences.Take(20).ToArray(), CancellationToken.None);
            Assert.Equal(30, spool.Count);
        }

        await using (var spool = DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path }))
        {
            Assert.Equal(30, spool.Count);
            Assert.Equal(0, spool.LostRecords);
            var rows = await spool.ReadAsync(0, 100, CancellationToken.None);
            var kept = sequences.Skip(20).ToHashSet();
            Assert.Equal(kept.OrderBy(sequence => sequence), rows.Select(row => row.Sequence));
            Assert.All(rows, row => Assert.StartsWith("record ", Text(row), StringComparison.Ordinal));
            Assert.Equal(rows.Select(row => row.Sequence).OrderBy(sequence => sequence), rows.Select(row => row.Sequence));

            await spool.RemoveAsync(rows.Select(row => row.Sequence).ToArray(), CancellationToken.None);
            Assert.Equal(0, spool.Count);
        }

        // Emptied and reopened, it still numbers above everything it ever handed out.
        await using (var spool = DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path }))
        {
            var next = await spool.AppendAsync(Bytes("after"), waitWhenFull: true, CancellationToken.None);
            Assert.True(next > sequences.Max(), next + " is not above " + sequences.Max());
        }
    }

    [Fact]
    public async Task A_second_spool_on_the_directory_fails_at_once_and_opens_once_the_first_is_gone()
    {
        using var directory = new TempDirectory();
        var first = DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path });
        var refused = Assert.Throws<SpoolInUseException>(() => DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path }));
        Assert.Contains(directory.Path, refused.Message, StringComparison.Ordinal);
        Assert.Contains("in use by another recorder", refused.Message, StringComparison.Ordinal);
        await first.DisposeAsync();

        await using var second = DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path });
        Assert.Equal(0, second.Count);
    }

    [Fact]
    public async Task Full_it_throws_or_waits_as_told_until_a_removal_makes_room()
    {
        using var directory = new TempDirectory();
        var record = new byte[136];
        await using var spool = DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path, MaxSpoolBytes = 3 * (136 + DurableSpool.RowOverheadBytes) });
        var sequences = new[]
        {
            await spool.AppendAsync(record, waitWhenFull: false, CancellationToken.None),
            await spool.AppendAsync(record, waitWhenFull: false, CancellationToken.None),
            await spool.AppendAsync(record, waitWhenFull: false, CancellationToken.None),
        };

        var full = await Assert.ThrowsAsync<EventRecorderFullException>(() => spool.AppendAsync(record, waitWhenFull: false, CancellationToken.None).AsTask());
        Assert.Contains("MaxSpoolBytes of 600 bytes", full.Message, StringComparison.Ordinal);

        var waiting = spool.AppendAsync(record, waitWhenFull: true, CancellationToken.None).AsTask();
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);
        await spool.RemoveAsync(new[] { sequences[0] }, CancellationToken.None);
        Assert.True(await waiting > sequences[2]);
        Assert.Equal(3, spool.Count);

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => spool.AppendAsync(record, waitWhenFull: true, cancel.Token).AsTask());
        Assert.Throws<ArgumentException>(() => spool.AppendAsync(new byte[600], waitWhenFull: true, CancellationToken.None).AsTask().GetAwaiter().GetResult());
    }

    [Fact]
    public void Options_are_checked_by_name()
    {
        Assert.Contains("DurableSpoolOptions.Directory is required", Assert.Throws<ArgumentException>(() => DurableSpool.Open(new DurableSpoolOptions())).Message, StringComparison.Ordinal);
        using var directory = new TempDirectory();
        Assert.Contains("DurableSpoolOptions.MaxSpoolBytes must be more than a row's 64 bytes, not 10", Assert.Throws<ArgumentException>(() => DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path, MaxSpoolBytes = 10 })).Message, StringComparison.Ordinal);
    }
}
