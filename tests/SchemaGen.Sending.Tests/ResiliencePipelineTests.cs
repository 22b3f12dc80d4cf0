using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>A resilience pipeline of the user's own replaces the recorder's retry and rate limit; the no-loss contract holds.</summary>
public sealed class ResiliencePipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public async Task The_users_pipeline_decides_how_often_a_request_is_tried(int attempts)
    {
        var received = 0;
        await using var server = await LoopbackServer.StartAsync((context, _) =>
        {
            Interlocked.Increment(ref received);
            return LoopbackServer.Error(context, 503, "ServiceUnavailable", "later");
        });
        using var client = TestData.Client(server);
        var builder = new ResiliencePipelineBuilder();
        if (attempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions { MaxRetryAttempts = attempts - 1, Delay = TimeSpan.Zero });
        }

        var failures = new ConcurrentQueue<PutEventsFailure>();
        await using (var recorder = new EventRecorder<MovieRating>(client, new EventRecorderOptions
        {
            TrackingId = TestData.TrackingId,
            FlushInterval = TimeSpan.FromHours(1),
            MaxAttempts = 3,
            ResiliencePipeline = builder.Build(),
            OnFailure = failures.Enqueue,
        }))
        {
            await recorder.RecordAsync("session-1", TestData.Rating());
        }

        Assert.Equal(attempts, Volatile.Read(ref received));
        Assert.IsType<PersonalizeEventsServiceException>(Assert.Single(failures).Exception);
    }

    [Fact]
    public async Task Without_a_pipeline_of_its_own_the_recorder_retries_what_may_succeed_within_its_budget()
    {
        var received = 0;
        await using var server = await LoopbackServer.StartAsync((context, _) =>
            Interlocked.Increment(ref received) < 3
                ? LoopbackServer.Error(context, 429, "ThrottlingException", "slow down")
                : Task.CompletedTask);
        using var client = TestData.Client(server);
        var failures = new ConcurrentQueue<PutEventsFailure>();
        await using (var recorder = new EventRecorder<MovieRating>(client, new EventRecorderOptions
        {
            TrackingId = TestData.TrackingId,
            FlushInterval = TimeSpan.FromHours(1),
            MaxAttempts = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(10),
            OnFailure = failures.Enqueue,
        }))
        {
            await recorder.RecordAsync("session-1", TestData.Rating());
        }

        Assert.Equal(3, Volatile.Read(ref received));
        Assert.Empty(failures);
    }
}
