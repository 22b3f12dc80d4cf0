using System;
using System.Threading.Tasks;
using SchemaGen.Sending.Tests;
using Xunit;

namespace SchemaGen.Spool.Tests;

[Collection(nameof(ProcessCollection))]
public sealed class SpoolLockTests
{
    [Fact]
    public async Task A_spool_another_process_holds_is_refused_at_once_and_free_once_that_process_is_killed()
    {
        using var directory = new TempDirectory();
        await using var server = await LoopbackServer.StartAsync();
        using (var holder = KillTarget.Start("record", "--spool", directory.Path, "--endpoint", server.BaseAddress.ToString(), "--run", "0", "--count", "1"))
        {
            await holder.WaitUntilRecordedAsync(TimeSpan.FromSeconds(60));
            var refused = Assert.Throws<SpoolInUseException>(() => DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path }));
            Assert.Equal(directory.Path, refused.Directory);

            // Killed, it cannot let go of the lock itself: the system does.
            await holder.KillAsync();
        }

        await using var spool = DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path });
        Assert.True(spool.Count <= 1);
    }
}
