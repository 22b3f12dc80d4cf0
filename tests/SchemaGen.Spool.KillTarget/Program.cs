using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using SchemaGen;
using SchemaGen.Spool.KillTarget;

// record --spool DIR --endpoint URL --run K [--count N]: records events r<K>-<producer>-<i> from four producers,
//   writing "ack <id>" once each RecordAsync has returned; after N events ("recorded") it waits to be killed.
// drain --spool DIR --endpoint URL: records nothing, and exits once the spool is empty ("drained").
var options = ParseOptions(args.Skip(1));
using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions
{
    Region = "us-west-2",
    EndpointUrl = new Uri(options["--endpoint"]),
    Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
    Timeout = TimeSpan.FromMilliseconds(500),
});
var spool = DurableSpool.Open(new DurableSpoolOptions { Directory = options["--spool"] });
Console.Out.WriteLine("lost " + spool.LostRecords);
var recorder = new EventRecorder<Click>(client, new EventRecorderOptions
{
    TrackingId = "7d1f2e3c-tracking-id-of-the-test",
    Spool = spool,
    Capacity = Limits.Capacity,
    MaxConcurrentRequests = Limits.ConcurrentRequests,
    FlushInterval = TimeSpan.FromMilliseconds(20),
    MaxAttempts = 4,
    RetryBaseDelay = TimeSpan.FromMilliseconds(10),
    RetryMaxDelay = TimeSpan.FromMilliseconds(200),
});

if (args[0] == "drain")
{
    var waited = Stopwatch.StartNew();
    var reported = TimeSpan.Zero;
    while (spool.Count > 0 && waited.Elapsed < TimeSpan.FromMinutes(3))
    {
        await Task.Delay(50);
        if (waited.Elapsed - reported > TimeSpan.FromSeconds(1))
        {
            reported = waited.Elapsed;
            Console.Out.WriteLine("holding " + spool.Count + " after " + (long)reported.TotalSeconds + " s");
        }
    }

    Console.Out.WriteLine(spool.Count == 0 ? "drained" : "not drained: " + spool.Count + " left");
    await recorder.DisposeAsync();
    return spool.Count == 0 ? 0 : 1;
}

var run = options["--run"];
var count = options.TryGetValue("--count", out var text) ? int.Parse(text) : int.MaxValue;
var output = new object();
var producers = Enumerable.Range(0, 4).Select(producer => Task.Run(async () =>
{
    for (var i = producer; i < count; i += 4)
    {
        var id = "r" + run + "-" + i;
        // One session and user per producer, so batches fill as a busy service's do.
        var click = new Click { UserId = "user-" + producer, ItemId = "item-" + i, Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + i) };
        await recorder.RecordAsync("session-" + producer, click, eventType: null, eventId: id, CancellationToken.None);
        lock (output)
        {
            Console.Out.WriteLine("ack " + id);
        }

        // A steady application's pace, not a flood: what a run records, a run of sending under faults can mostly send.
        await Task.Delay(5);
    }
})).ToArray();
await Task.WhenAll(producers);
Console.Out.WriteLine("recorded");
await Task.Delay(Timeout.Infinite);
return 0;

static Dictionary<string, string> ParseOptions(IEnumerable<string> args)
{
    var list = args.ToList();
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < list.Count; i += 2)
    {
        options[list[i]] = list[i + 1];
    }

    return options;
}

/// <summary>The bounds the kill test holds the recorder to.</summary>
internal static class Limits
{
    /// <summary>Records between the spool and their removal: the most a kill can make the service receive twice.</summary>
    public const int Capacity = 100;

    public const int ConcurrentRequests = 4;
}
