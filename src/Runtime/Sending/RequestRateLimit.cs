using System;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>
/// At most <c>n</c> requests started per second, refilled in tenths of a second so that a second's quota is not
/// spent in one burst.
/// </summary>
internal sealed class RequestRateLimit : IDisposable
{
    private readonly TokenBucketRateLimiter _limiter;

    public RequestRateLimit(int requestsPerSecond, int waiters)
    {
        var (tokens, period) = requestsPerSecond >= 10
            ? (requestsPerSecond / 10, TimeSpan.FromMilliseconds(100))
            : (1, TimeSpan.FromTicks(TimeSpan.TicksPerSecond / requestsPerSecond));
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = waiters,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            // The queue holds one place per sending worker, so a refusal means more waiters than workers.
            throw new InvalidOperationException("The request rate limit refused a wait it has room for.");
        }
    }

    public void Dispose() => _limiter.Dispose();
}
