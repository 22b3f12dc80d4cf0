using System;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace SchemaGen;

/// <summary>
/// The recorders' default resilience pipeline, from their options: a retry of what may succeed — a
/// <see cref="PersonalizeEventsException"/> whose <see cref="PersonalizeEventsException.IsRetryable"/> says so — within
/// the attempt budget, exponential backoff with jitter capped at the longest delay; inside it, each attempt waits
/// for the request rate limit (a token bucket refilled in tenths of a second, so a second's quota is not spent in one
/// burst).
/// </summary>
internal static class SendingResilience
{
    /// <summary>The pipeline, and the rate limiter it holds, which the recorder disposes when it is done.</summary>
    /// <param name="options">The recorder's options.</param>
    /// <param name="onRetry">Told of each retry: the attempt that failed (1-based), its exception and the wait before the next.</param>
    public static (ResiliencePipeline Pipeline, IDisposable RateLimiter) Create(RecorderOptions options, Action<int, Exception, TimeSpan> onRetry)
    {
        var limiter = TokenBucket(options.MaxRequestsPerSecond, options.MaxConcurrentRequests);
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<PersonalizeEventsException>(exception => exception.IsRetryable),
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                OnRetry = arguments =>
                {
                    onRetry(arguments.AttemptNumber + 1, arguments.Outcome.Exception!, arguments.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddRateLimiter(limiter);
        return (builder.Build(), limiter);
    }

    private static TokenBucketRateLimiter TokenBucket(int requestsPerSecond, int waiters)
    {
        var (tokens, period) = requestsPerSecond >= 10
            ? (requestsPerSecond / 10, TimeSpan.FromMilliseconds(100))
            : (1, TimeSpan.FromTicks(TimeSpan.TicksPerSecond / requestsPerSecond));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,

            // One place per sending worker: a worker waits for at most one attempt at a time.
            QueueLimit = waiters,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}
