using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SchemaGen.Sending.Tests;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Spool.Tests;

/// <summary>Tests that start processes and kill them need the machine's cores to themselves.</summary>
[CollectionDefinition(nameof(ProcessCollection), DisableParallelization = true)]
public sealed class ProcessCollection
{
}

/// <summary>
/// A process records through a spool to a server that fails a third of its requests (500, 429, no answer, the
/// connection cut before or after storing) and is killed at random moments, again and again; then one more drains the
/// spool. Nothing it acknowledged may be lost, and what arrives twice is bounded by the records a kill can catch
/// between their sending and their removal.
/// </summary>
[Collection(nameof(ProcessCollection))]
public sealed class KillTests
{
    // The recording process's Capacity: how many records may be between the spool and their removal.
    private const int InFlightBound = 100;

    private readonly ITestOutputHelper _output;

    public KillTests(ITestOutputHelper output) => _output = output;

    /// <summary>How many kills: 200 unless SCHEMAGEN_KILLS says otherwise (a thousand and more for a long run).</summary>
    private static int Kills => int.TryParse(Environment.GetEnvironmentVariable("SCHEMAGEN_KILLS"), NumberStyles.None, CultureInfo.InvariantCulture, out var kills) && kills > 0 ? kills : 200;

    [Fact]
    public async Task Nothing_acknowledged_is_lost_across_kills_and_the_spool_drains()
    {
        var seed = Environment.TickCount;
        _output.WriteLine("seed " + seed);
        var random = new Random(seed);
        var service = new StoringService(new InjectedFaults(seed, TimeSpan.FromMilliseconds(500)));
        await using var server = await LoopbackServer.StartAsync(service.AnswerAsync);
        var spool = Directory.CreateTempSubdirectory("schemagen-kill-").FullName;
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var acknowledged = new System.Collections.Generic.List<string>();
            var killedWhileRecording = 0;
            for (var run = 0; run < Kills; run++)
            {
                using var target = KillTarget.Start("record", "--spool", spool, "--endpoint", server.BaseAddress.ToString(), "--run", run.ToString(CultureInfo.InvariantCulture));

                // One kill in five at any moment from its start, opening the spool (and recovering it) included; the
                // others while it records and sends, however long a loaded machine takes to start it.
                if (random.Next(5) == 0)
                {
                    await Task.Delay(random.Next(0, 900));
                }
                else
                {
                    await target.WaitUntilOpenedAsync(TimeSpan.FromSeconds(20));
                    await Task.Delay(random.Next(20, 600));
                }

                await target.KillAsync();
                acknowledged.AddRange(target.Acknowledged);
                if (!target.Acknowledged.IsEmpty)
                {
                    killedWhileRecording++;
                }

                Assert.DoesNotContain(target.Lines, line => line.StartsWith("stderr: Unhandled", StringComparison.Ordinal));
            }

            var killing = watch.Elapsed;
            using (var drain = KillTarget.Start("drain", "--spool", spool, "--endpoint", server.BaseAddress.ToString()))
            {
                var exit = await drain.WaitForExitAsync(TimeSpan.FromMinutes(4));
                _output.WriteLine(string.Join(Environment.NewLine, drain.Lines));
                Assert.True(exit == 0, string.Join(" | ", drain.Lines));
                Assert.Contains("drained", drain.Lines);
            }

            await using (var reopened = DurableSpool.Open(new DurableSpoolOptions { Directory = spool }))
            {
                Assert.Equal(0, reopened.Count);
            }

            var missing = acknowledged.Where(id => !service.Stored.ContainsKey(id)).ToList();
            var bound = (Kills * InFlightBound) + service.DroppedAfterStoring;
            _output.WriteLine(Kills + " kills (" + killedWhileRecording + " while recording), " + acknowledged.Count + " events acknowledged, " + service.Stored.Count + " stored, " + service.Duplicates + " arrived twice (bound " + bound + "; " + service.DroppedAfterStoring + " cut off after storing); killing took " + killing + ", draining " + (watch.Elapsed - killing));
            Assert.True(killedWhileRecording > Kills / 2, "most kills should land while the process records, not before: " + killedWhileRecording + " of " + Kills);
            Assert.Empty(missing);
            Assert.Empty(service.ReusedIds);
            Assert.InRange(service.Duplicates, 0, bound);
        }
        finally
        {
            Directory.Delete(spool, recursive: true);
        }
    }
}
