using System.Collections.Concurrent;
using Amazon.Runtime;
using SchemaGen.LocalEndpoint.Local;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// Injected faults (500s, throttling, dropped connections, delay) on PutEvents, and SchemaGen's
/// <see cref="EventRecorder{T}"/> losing nothing through them: every recorded event is stored exactly once.
/// </summary>
public sealed class FaultTests
{
    [Fact]
    public async Task The_recorder_loses_nothing_through_failures_throttling_and_drops()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions
        {
            FailRate = 0.2,
            ThrottleRate = 0.2,
            DropRate = 0.1,
            Delay = TimeSpan.FromMilliseconds(1),
            FaultSeed = 7,
        });
        var trackingId = await ControlPlaneCalls.SetUpGuideAsync(endpoint.Uri, GuideInteraction.AvroSchemaJson);
        using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions { EndpointUrl = endpoint.Uri, Region = endpoint.Region, Credentials = new BasicAWSCredentials("test", "test") });
        var failures = new ConcurrentQueue<PutEventsFailure>();
        const int Events = 400;
        await using (var recorder = new EventRecorder<GuideInteraction>(client, new EventRecorderOptions
        {
            TrackingId = trackingId,
            MaxAttempts = 30,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(20),
            FlushInterval = TimeSpan.FromMilliseconds(50),
            OnFailure = failures.Enqueue,
        }))
        {
            for (var i = 0; i < Events; i++)
            {
                await recorder.RecordAsync("session" + (i % 7), new GuideInteraction { UserId = "user" + (i % 7), ItemId = "item" + i, EventType = "watch", Timestamp = 1719511760 + i });
            }
        }

        Assert.Empty(failures);
        Assert.All([Fault.Fail, Fault.Throttle, Fault.Drop], fault => Assert.True(endpoint.InjectedFaults(fault) > 0, fault + " never happened"));
        var rows = endpoint.ExportCsv(EventsDatasetArn).TrimEnd('\n').Split('\n').Skip(1).ToList();
        Assert.Equal(Enumerable.Range(0, Events).Select(i => "item" + i).Order(), rows.Select(row => row.Split(',')[1]).Order());
    }

    [Fact]
    public async Task Each_fault_kind_answers_as_the_service_would_and_stores_nothing()
    {
        foreach (var (options, expected) in new (LocalEndpointOptions, Type)[]
        {
            (new LocalEndpointOptions { FailRate = 1 }, typeof(PersonalizeEventsServiceException)),
            (new LocalEndpointOptions { ThrottleRate = 1 }, typeof(PersonalizeEventsThrottlingException)),
            (new LocalEndpointOptions { DropRate = 1 }, typeof(PersonalizeEventsNetworkException)),
        })
        {
            await using var endpoint = await LocalPersonalizeEndpoint.StartAsync(options);
            var trackingId = await ControlPlaneCalls.SetUpGuideAsync(endpoint.Uri, GuideInteraction.AvroSchemaJson);
            var exception = await Assert.ThrowsAnyAsync<PersonalizeEventsException>(() => ReadinessTests.SendAsync(endpoint, trackingId, [("user", "watch", null)]));
            Assert.IsType(expected, exception);
            Assert.True(exception.IsRetryable);
            Assert.Equal(0, endpoint.Readiness(GroupArn).Interactions);
        }
    }

    [Fact]
    public async Task Rates_out_of_range_are_refused_by_name()
    {
        var share = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { DropRate = 1.5 }));
        Assert.Equal("DropRate", share.ParamName);
        var sum = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { FailRate = 0.6, ThrottleRate = 0.6 }));
        Assert.Contains("more than 1", sum.Message);
    }
}
