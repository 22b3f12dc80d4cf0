using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SchemaGen.Sending.Tests;
using SchemaGen.Spool.KillTarget;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Spool.Tests;

/// <summary>How a spool's files are damaged between a killed recorder and the next.</summary>
public enum Damage
{
    WriteAheadLogDeleted,
    WriteAheadLogCutInHalf,
    WriteAheadLogBitsFlipped,
    DatabaseDeleted,
    DatabaseCutInHalf,
    DatabaseBitsFlipped,
    DatabaseHeaderOverwritten,
}

/// <summary>
/// A process records 400 events through a spool while the service refuses everything, and is killed; then the
/// spool's files are damaged, and a recorder opens it. It must start, send no damaged event, count exactly what it
/// lost (sent + lost = recorded), and keep recording.
/// </summary>
[Collection(nameof(ProcessCollection))]
public sealed class DamageTests
{
    private const int Recorded = 400;

    private readonly ITestOutputHelper _output;

    public DamageTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<Damage, int> Cases()
    {
        var cases = new TheoryData<Damage, int>();
        foreach (var damage in Enum.GetValues<Damage>())
        {
            // Random damage three times over, each from a seed of its own.
            var seeds = damage is Damage.WriteAheadLogBitsFlipped or Damage.DatabaseBitsFlipped ? 3 : 1;
            for (var seed = 1; seed <= seeds; seed++)
            {
                cases.Add(damage, seed);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_damaged_spool_sends_what_it_can_counts_the_rest_and_keeps_recording(Damage damage, int seed)
    {
        using var directory = new TempDirectory();
        var files = new
        {
            Database = directory.File("spool.db"),
            WriteAheadLog = directory.File("spool.db-wal"),
            SharedMemory = directory.File("spool.db-shm"),
        };
        await RecordAndKillAsync(directory.Path);
        Assert.True(File.Exists(files.WriteAheadLog), "the killed recorder left no write-ahead log");

        var random = new Random(seed);
        if (damage.ToString().StartsWith("Database", StringComparison.Ordinal))
        {
            // Folded into the database first, as a spool opened and closed again leaves it.
            await (await Task.FromResult(DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path }))).DisposeAsync();
            Assert.False(File.Exists(files.WriteAheadLog) && new FileInfo(files.WriteAheadLog).Length > 0, "the log was not folded in");
        }

        switch (damage)
        {
            case Damage.WriteAheadLogDeleted:
                File.Delete(files.WriteAheadLog);
                File.Delete(files.SharedMemory);
                break;
            case Damage.WriteAheadLogCutInHalf:
                Cut(files.WriteAheadLog);
                break;
            case Damage.WriteAheadLogBitsFlipped:
                // Past the log's 32-byte header, in its frames.
                Flip(files.WriteAheadLog, random, from: 32, count: 3);
                break;
            case Damage.DatabaseDeleted:
                File.Delete(files.Database);
                break;
            case Damage.DatabaseCutInHalf:
                Cut(files.Database);
                break;
            case Damage.DatabaseBitsFlipped:
                // Past the 100-byte file header, anywhere in the pages.
                Flip(files.Database, random, from: 100, count: 12);
                break;
            case Damage.DatabaseHeaderOverwritten:
                using (var file = File.OpenWrite(files.Database))
                {
                    file.Write(new byte[16]);
                }

                break;
        }

        var service = new StoringService();
        await using var server = await LoopbackServer.StartAsync(service.AnswerAsync);
        using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions
        {
            Region = "us-west-2",
            EndpointUrl = server.BaseAddress,
            Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        });
        var spool = DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path });
        _output.WriteLine("at open: " + spool.Count + " held, " + spool.LostRecords + " lost, salvaged: " + Directory.Exists(Path.Combine(directory.Path, "damaged")));
        await using (var recorder = new EventRecorder<Click>(client, new EventRecorderOptions { TrackingId = "7d1f2e3c-tracking-id-of-the-test", Spool = spool, FlushInterval = TimeSpan.FromMilliseconds(20) }))
        {
            await Eventually.TrueAsync(() => spool.Count == 0, TimeSpan.FromSeconds(60));
            var sentBefore = service.Stored.Count;
            _output.WriteLine(damage + " (seed " + seed + "): " + sentBefore + " sent, " + spool.LostRecords + " lost");

            // No damaged event sent: each is exactly what the killed process recorded under its id.
            foreach (var (id, content) in service.Stored)
            {
                Assert.Equal(Expected(id), Normalized(content));
            }

            _output.WriteLine("duplicates " + service.Duplicates);
            Assert.Equal(Recorded, sentBefore + spool.LostRecords);
            switch (damage)
            {
                case Damage.WriteAheadLogDeleted or Damage.DatabaseDeleted:
                    Assert.Equal(Recorded, spool.LostRecords);
                    break;
                case Damage.DatabaseCutInHalf or Damage.DatabaseHeaderOverwritten:
                    // SQLite refuses such a file whole; what its pages still hold is read all the same.
                    Assert.NotEmpty(Directory.GetFiles(Path.Combine(directory.Path, "damaged"), "spool.db", SearchOption.AllDirectories));
                    Assert.InRange(sentBefore, Recorded / 4, Recorded);
                    break;
                case Damage.WriteAheadLogCutInHalf:
                    Assert.InRange(sentBefore, Recorded / 4, Recorded - 1);
                    break;
            }

            // And it keeps recording.
            await recorder.RecordAsync("session-0", SpooledRecorderTests.Click(1), eventType: null, eventId: "after-damage", CancellationToken.None);
            await recorder.FlushAsync();
            Assert.True(service.Stored.ContainsKey("after-damage"));
        }

        // Opened again, it counts nothing twice.
        await using (var reopened = DurableSpool.Open(new DurableSpoolOptions { Directory = directory.Path }))
        {
            Assert.Equal(0, reopened.LostRecords);
            Assert.Equal(0, reopened.Count);
        }
    }

    /// <summary>The killed process's event of <paramref name="id"/> (r0-i), as the service would keep it.</summary>
    private static string Expected(string id)
    {
        var i = int.Parse(id.Substring("r0-".Length), CultureInfo.InvariantCulture);
        var producer = i % 4;
        return "session-" + producer + "|user-" + producer + "|click|item-" + i + "|" + (1_700_000_000 + i);
    }

    private static string Normalized(string content)
    {
        var parts = content.Split('|', 3);
        using var json = JsonDocument.Parse(parts[2]);
        var root = json.RootElement;
        return parts[0] + "|" + parts[1] + "|" + root.GetProperty("eventType").GetString() + "|" + root.GetProperty("itemId").GetString() + "|" + root.GetProperty("sentAt").GetRawText();
    }

    private async Task RecordAndKillAsync(string spool)
    {
        // A service that refuses everything: every record stays in the spool.
        await using var down = await LoopbackServer.StartAsync((context, _) => LoopbackServer.Error(context, 500, "InternalFailure", "down"));
        using var target = KillTarget.Start("record", "--spool", spool, "--endpoint", down.BaseAddress.ToString(), "--run", "0", "--count", Recorded.ToString(CultureInfo.InvariantCulture));
        await target.WaitUntilRecordedAsync(TimeSpan.FromSeconds(60));
        await target.KillAsync();
        Assert.Equal(Recorded, target.Acknowledged.Count);
    }

    private static void Cut(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.SetLength(file.Length / 2);
    }

    private static void Flip(string path, Random random, int from, int count)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        for (var i = 0; i < count; i++)
        {
            file.Position = random.NextInt64(from, file.Length);
            var value = file.ReadByte();
            file.Position--;
            file.WriteByte((byte)(value ^ (1 << random.Next(8))));
        }
    }
}
