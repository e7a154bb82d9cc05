using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Plateforme.Web.Shared.RateLimits;

/// <summary>
/// Fixed windows per client (an address, or a partner key): in memory, per node, which is what a quota meant to
/// keep one client from crowding the others needs. The window's end is what RateLimit-Reset announces.
/// </summary>
public sealed class PublicApiQuota(IOptions<PublicApiQuotaOptions> options, TimeProvider clock)
{
    public const string KeyHeader = "X-Api-Key";
    public const string LimitHeader = "RateLimit-Limit";
    public const string RemainingHeader = "RateLimit-Remaining";
    public const string ResetHeader = "RateLimit-Reset";

    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);
    private readonly PublicApiQuotaOptions settings = options.Value;
    private long lastSweepTicks;

    public QuotaDecision Take(string client, bool partner)
    {
        var limit = partner ? settings.PartnerPermitLimit : settings.PermitLimit;
        var length = TimeSpan.FromSeconds(settings.WindowSeconds);
        var now = clock.GetUtcNow();
        Sweep(now);
        var window = windows.GetOrAdd(client, _ => new Window(now + length));
        lock (window)
        {
            if (now >= window.EndsAt)
            {
                window.EndsAt = now + length;
                window.Used = 0;
            }
            var reset = (int)Math.Ceiling((window.EndsAt - now).TotalSeconds);
            if (window.Used >= limit) return new QuotaDecision(false, limit, 0, Math.Max(1, reset));
            window.Used++;
            return new QuotaDecision(true, limit, limit - window.Used, Math.Max(1, reset));
        }
    }

    /// <summary>Forgets finished windows now and then, so one-off clients do not pile up in memory.</summary>
    private void Sweep(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref lastSweepTicks);
        if (now.UtcTicks - last < TimeSpan.FromMinutes(5).Ticks) return;
        if (Interlocked.CompareExchange(ref lastSweepTicks, now.UtcTicks, last) != last) return;
        foreach (var (key, window) in windows)
        {
            if (window.EndsAt <= now) windows.TryRemove(key, out _);
        }
    }

    private sealed class Window(DateTimeOffset endsAt)
    {
        public DateTimeOffset EndsAt { get; set; } = endsAt;
        public int Used { get; set; }
    }
}
