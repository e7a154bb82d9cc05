namespace Plateforme.Crawler.Fetching;

/// <summary>Settings of the fetch pipeline, bound from the "Crawler:Fetch" configuration section.</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Crawler:Fetch";

    /// <summary>The robots.txt product token: groups are matched against it.</summary>
    public string ProductToken { get; set; } = "PlateformeBot";

    public string ProductVersion { get; set; } = "1.0";

    /// <summary>A page explaining who crawls and how to reach us, named in every User-Agent.</summary>
    public string ContactUrl { get; set; } = "https://plateforme.example/robot";

    /// <summary>Gap between the end of one request and the start of the next to the same host.</summary>
    public TimeSpan DefaultDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A robots.txt Crawl-delay above this is capped, so that one site cannot stall a crawl.</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long robots.txt is trusted; RFC 9309 asks for no more than 24 hours.</summary>
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long an unreachable robots.txt (5xx, network error) keeps the host closed before a new try.</summary>
    public TimeSpan RobotsErrorCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Per attempt, headers and body included.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts in all (first try included) on 429, 503 and timeouts.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First back-off; doubled at each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A longer back-off (or Retry-After) than this gives up instead of waiting.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Bodies above this are abandoned (TooLarge) while streaming.</summary>
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Lets the crawler reach loopback (127.0.0.0/8, ::1) and nothing else the SSRF guard forbids: for tests and the
    /// local copies of the sites (fixture mode). Off by default; no setting opens private, link-local or metadata addresses.
    /// </summary>
    public bool AllowLoopback { get; set; }

    public string UserAgent => $"{ProductToken}/{ProductVersion} (+{ContactUrl})";
}
