using System.Net.Http.Headers;

namespace Plateforme.Crawler.Fetching;

/// <summary>How long to wait before the next attempt.</summary>
internal static class RetryDelays
{
    /// <summary>Retry-After when the server gave one (seconds or HTTP-date), else exponential back-off with jitter.</summary>
    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="random">A number in [0, 1).</param>
    public static TimeSpan Compute(int attempt, RetryConditionHeaderValue? retryAfter, DateTimeOffset now, TimeSpan baseDelay, double random)
    {
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var until = date - now;
            return until < TimeSpan.Zero ? TimeSpan.Zero : until;
        }

        // "Equal jitter": half the exponential step is kept, the other half is random, so that
        // sources retrying the same host do not come back in step.
        var step = baseDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        return step * (0.5 + (random * 0.5));
    }
}
