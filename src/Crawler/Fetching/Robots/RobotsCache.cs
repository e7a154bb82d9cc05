using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Plateforme.Crawler.Fetching.Decoding;
using Plateforme.Crawler.Fetching.Network;
using Plateforme.Crawler.Fetching.Politeness;

namespace Plateforme.Crawler.Fetching.Robots;

/// <summary>
/// robots.txt per authority (scheme, host, port), read once and trusted for at most the configured
/// duration; concurrent callers for the same host share one download.
/// </summary>
internal sealed class RobotsCache(HttpClient client, HostGates gates, FetchOptions options, TimeProvider time, ILogger logger)
{
    private const int MaxRedirects = 5;

    private readonly ConcurrentDictionary<string, Task<RobotsVerdict>> _byAuthority = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _sync = new();

    public Task<RobotsVerdict> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var authority = HostGates.AuthorityKey(url);
        Task<RobotsVerdict> verdict;
        lock (_sync)
        {
            if (!_byAuthority.TryGetValue(authority, out verdict!) || IsStale(verdict))
            {
                // Not tied to the caller's token: other callers may be waiting on the same download.
                var robotsUrl = new Uri(new Uri(url.GetLeftPart(UriPartial.Authority)), "/robots.txt");
                verdict = DownloadAsync(authority, robotsUrl);
                _byAuthority[authority] = verdict;
            }
        }

        return verdict.WaitAsync(cancellationToken);
    }

    private bool IsStale(Task<RobotsVerdict> verdict) =>
        verdict.IsCompleted && (!verdict.IsCompletedSuccessfully || verdict.Result.ExpiresAt <= time.GetUtcNow());

    private async Task<RobotsVerdict> DownloadAsync(string authority, Uri robotsUrl)
    {
        var verdict = await ReadAsync(robotsUrl).ConfigureAwait(false);
        FetchLog.RobotsRead(logger, authority, verdict.Kind, verdict.Rules.Count, verdict.Rules.CrawlDelay);
        return verdict;
    }

    private async Task<RobotsVerdict> ReadAsync(Uri robotsUrl)
    {
        var url = robotsUrl;
        try
        {
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
                // Spaced after the host's last page like any request (a refresh mid-crawl), but the page
                // that follows need not wait after it.
                using var lease = await gates.For(url).EnterAsync(options.DefaultDelay, countsForDelay: false, timeout.Token).ConfigureAwait(false);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    url = new Uri(url, location);
                    continue;
                }

                if (status is >= 200 and < 300)
                {
                    await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);

                    // Past the cap the rest is ignored, as RFC 9309 allows; what was read still applies.
                    var (bytes, _) = await BodyReader.ReadAsync(stream, RobotsParser.MaxBytes, timeout.Token).ConfigureAwait(false);
                    var text = CharsetDecoder.Decode(bytes, response.Content.Headers.ContentType?.CharSet);
                    return Trusted(RobotsParser.Parse(text, options.ProductToken));
                }

                if (status == (int)HttpStatusCode.TooManyRequests || status >= 500)
                {
                    return Closed($"robots.txt injoignable : le serveur a répondu {status}");
                }

                // 4xx: "unavailable", so nothing is forbidden (RFC 9309 §2.3.1.3).
                return Trusted(RobotsRules.AllowAll);
            }

            return Trusted(RobotsRules.AllowAll);
        }
        catch (HttpRequestException e) when (BlockedAddressException.IsIn(e))
        {
            return new RobotsVerdict(RobotsVerdictKind.Blocked, RobotsRules.AllowAll, time.GetUtcNow())
            {
                Reason = $"adresse refusée : {url.Host} est une adresse privée ou locale",
            };
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return Closed($"robots.txt injoignable : {NetworkErrors.Describe(e)}");
        }
        catch (OperationCanceledException)
        {
            return Closed("robots.txt injoignable : délai dépassé");
        }
    }

    private RobotsVerdict Trusted(RobotsRules rules) =>
        new(RobotsVerdictKind.Rules, rules, time.GetUtcNow() + options.RobotsCacheDuration);

    private RobotsVerdict Closed(string reason) =>
        new(RobotsVerdictKind.Unreachable, RobotsRules.AllowAll, time.GetUtcNow() + options.RobotsErrorCacheDuration) { Reason = reason };
}
