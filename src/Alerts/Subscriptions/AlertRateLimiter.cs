using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Plateforme.Alerts.Subscriptions;

/// <summary>
/// Alert creations per client address in a fixed window, as the account forms are limited. Asked by the form's
/// handler (only a submitted request counts, never a page view), so the refusal is a French message on the page.
/// </summary>
public sealed class AlertRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public AlertRateLimiter(IOptions<AlertsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value.RateLimit;
        limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PermitLimit,
            Window = TimeSpan.FromSeconds(settings.WindowSeconds),
            QueueLimit = 0,
        }));
    }

    /// <summary>True when this address may create one more alert now.</summary>
    public bool TryAcquire(IPAddress? address)
    {
        using var lease = limiter.AttemptAcquire(address?.ToString() ?? "");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
