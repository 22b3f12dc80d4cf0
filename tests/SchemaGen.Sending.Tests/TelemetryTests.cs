using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>
/// Metrics, spans and logs of one recorder run: one event retried then accepted, one accepted at once, one refused.
/// Alone in its collection, since meters and activity sources are process-wide.
/// </summary>
[Collection(nameof(FaultCollection))]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Counts_spans_and_logs_tell_what_happened_without_secrets()
    {
        var firstAnswer = 0;
        await using var server = await LoopbackServer.StartAsync((context, captured) =>
            ReceivedBody.Parse(captured.Body).SessionId switch
            {
                "bad" => LoopbackServer.Error(context, 400, "InvalidInputException", "Tracking ID " + TestData.TrackingId + " rejects this"),
                "flaky" when Interlocked.Increment(ref firstAnswer) == 1 => LoopbackServer.Error(context, 503, "ServiceUnavailable", "later"),
                _ => Task.CompletedTask,
            });
        using var client = TestData.Client(server, new SessionAWSCredentials(TestData.AccessKey, TestData.SecretKey, "the-session-token"));
        var logger = new CapturingLogger();
        var measurements = new ConcurrentDictionary<string, long>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "SchemaGen.Events")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => measurements.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        meters.SetMeasurementEventCallback<int>((instrument, value, _, _) => measurements.AddOrUpdate(instrument.Name + ".count", 1, (_, count) => count + 1));
        meters.SetMeasurementEventCallback<double>((instrument, _, _, _) => measurements.AddOrUpdate(instrument.Name + ".count", 1, (_, count) => count + 1));
        meters.Start();
        var spans = new ConcurrentQueue<Activity>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "SchemaGen.Events",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(activities);

        await using (var recorder = new EventRecorder<MovieRating>(client, new EventRecorderOptions
        {
            TrackingId = TestData.TrackingId,
            FlushInterval = TimeSpan.FromHours(1),
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            Logger = logger,
        }))
        {
            await recorder.RecordAsync("flaky", TestData.Rating());
            await recorder.RecordAsync("good", TestData.Rating());
            await recorder.RecordAsync("bad", TestData.Rating());
        }

        Assert.Equal(3, measurements["schemagen.events.recorded"]);
        Assert.Equal(2, measurements["schemagen.events.sent"]);
        Assert.Equal(1, measurements["schemagen.events.failed"]);
        Assert.Equal(1, measurements["schemagen.events.retried"]);
        Assert.Equal(0, measurements["schemagen.events.queue_length"]);
        Assert.Equal(2, measurements["schemagen.events.batch_size.count"]);
        Assert.Equal(4, measurements["schemagen.events.request.duration.count"]);
        Assert.Equal(4, spans.Count(span => span.OperationName == "PutEvents"));
        Assert.Equal(2, spans.Count(span => span.Status == ActivityStatusCode.Error));

        // The default OnFailure logs the refused request at error level; the retry is a warning.
        Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Error && entry.Text.Contains("InvalidInputException", StringComparison.Ordinal));
        Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Warning && entry.Text.Contains("ServiceUnavailable", StringComparison.Ordinal));
        Assert.All(logger.Entries, entry =>
        {
            Assert.DoesNotContain(TestData.TrackingId, entry.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestData.SecretKey, entry.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("the-session-token", entry.Text, StringComparison.Ordinal);
        });
        Assert.Contains(logger.Entries, entry => entry.Text.Contains("7d1f…", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_recorder_measures_under_its_operations_name()
    {
        var measurements = new ConcurrentDictionary<(string Instrument, string? Operation), long>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "SchemaGen.Events")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? operation = null;
            foreach (var tag in tags)
            {
                operation = tag.Key == "schemagen.operation" ? (string?)tag.Value : operation;
            }

            measurements.AddOrUpdate((instrument.Name, operation), value, (_, sum) => sum + value);
        });
        meters.Start();
        var spans = new ConcurrentQueue<Activity>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "SchemaGen.Events",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(activities);

        var sender = new RecordingSender();
        await using (var recorder = new ItemRecorder<Product>(sender, new DatasetRecorderOptions { DatasetArn = "arn:aws:personalize:us-west-2:123456789012:dataset/shop/ITEMS", FlushInterval = TimeSpan.FromHours(1) }))
        {
            await recorder.RecordAsync(new Product { ItemId = "a", Genre = "Drama", Version = 1 });
            await recorder.RecordAsync(new Product { ItemId = "a", Genre = "Drama", Version = 2 });
            await recorder.RecordAsync(new Product { ItemId = "b", Genre = "Drama", Version = 1 });
        }

        Assert.Equal(3, measurements[("schemagen.events.recorded", "PutItems")]);
        Assert.Equal(1, measurements[("schemagen.events.replaced", "PutItems")]);
        Assert.Equal(2, measurements[("schemagen.events.sent", "PutItems")]);
        Assert.Equal(0, measurements[("schemagen.events.queue_length", "PutItems")]);
        var span = Assert.Single(spans, span => span.OperationName == "PutItems");
        Assert.Equal(2, span.GetTagItem("schemagen.events.count"));
    }
}
