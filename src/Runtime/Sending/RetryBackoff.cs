using System;

namespace SchemaGen;

/// <summary>
/// Exponential backoff with full jitter: before retry <c>n</c> (1-based) the wait is drawn uniformly from zero to
/// <c>min(max, base × 2^(n-1))</c>, so clients that failed together do not retry together.
/// </summary>
internal sealed class RetryBackoff
{
    private readonly TimeSpan _base;
    private readonly TimeSpan _max;
    private readonly Random _random = new();

    public RetryBackoff(TimeSpan baseDelay, TimeSpan maxDelay)
    {
        _base = baseDelay;
        _max = maxDelay;
    }

    public TimeSpan Before(int retry)
    {
        var ceiling = Math.Min(_max.TotalMilliseconds, _base.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30)));
        double fraction;
        lock (_random)
        {
            fraction = _random.NextDouble();
        }

        return TimeSpan.FromMilliseconds(ceiling * fraction);
    }
}
