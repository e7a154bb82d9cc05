using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Crawler.Fetching.Decoding;
using Plateforme.Crawler.Fetching.Network;
using Plateforme.Crawler.Fetching.Politeness;
using Plateforme.Crawler.Fetching.Robots;

namespace Plateforme.Crawler.Fetching;

/// <summary>
/// The polite pipeline: robots.txt, one request at a time per host with a gap, conditional GET,
/// retries, a size cap, redirects followed hop by hop, charset repair and the SSRF guard on every source and every hop.
/// One instance for the whole process (it holds the per-host state and the connection pools).
/// </summary>
public sealed class PageFetcher : IPageFetcher, IDisposable
{
    private readonly FetchOptions _options;
    private readonly IValidatorStore _validators;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HttpClient _client;
    private readonly AddressPolicy _policy;
    private readonly RobotsCache _robots;
    private readonly HopFetcher _hops;
    private readonly HostGates _gates;

    public PageFetcher(IOptions<FetchOptions> options, IValidatorStore validators, TimeProvider time, ILogger<PageFetcher> logger)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), validators, time, logger, new AddressPolicy(options.Value.AllowLoopback))
    {
    }

    internal PageFetcher(FetchOptions options, IValidatorStore validators, TimeProvider time, ILogger logger, AddressPolicy addressPolicy)
    {
        _options = options;
        _validators = validators;
        _time = time;
        _logger = logger;
        _policy = addressPolicy;
        _client = GuardedHttpClient.Create(options, addressPolicy);
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _gates = new HostGates(time);
        _robots = new RobotsCache(_client, _gates, options, time, logger);
        _hops = new HopFetcher(_client, _gates, options, time, logger);
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await FetchHopsAsync(request, cancellationToken).ConfigureAwait(false);
        result = result with { FetchedAt = _time.GetUtcNow() };
        if (result.Outcome == FetchOutcome.Fetched)
        {
            FetchLog.Fetched(_logger, request.SourceId, result.FinalUrl, result.StatusCode ?? 0, result.Text?.Length ?? 0);
        }
        else if (result.Outcome == FetchOutcome.NotModified)
        {
            FetchLog.NotModified(_logger, request.SourceId, result.FinalUrl);
        }
        else
        {
            FetchLog.NotFetched(_logger, request.SourceId, result.FinalUrl, result.Outcome, result.Error);
        }

        return result;
    }

    public void Dispose()
    {
        _client.Dispose();
        _gates.Dispose();
    }

    private async Task<FetchResult> FetchHopsAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var redirects = 0; ; redirects++)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                return Failed(request, url, $"adresse non prise en charge : {url}");
            }

            visited.Add(url.AbsoluteUri);
            // An address written in the URL is refused before robots.txt is even asked; names are judged at connect time.
            if (IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) && _policy.IsForbidden(literal))
            {
                return End(request, url, FetchOutcome.Blocked, $"adresse refusée : {url.Host} est une adresse privée ou locale");
            }

            var robots = await _robots.GetAsync(url, cancellationToken).ConfigureAwait(false);
            switch (robots.Kind)
            {
                case RobotsVerdictKind.Blocked:
                    return End(request, url, FetchOutcome.Blocked, robots.Reason);
                case RobotsVerdictKind.Unreachable:
                    return End(request, url, FetchOutcome.DisallowedByRobots, robots.Reason);
                case RobotsVerdictKind.Rules when !robots.Rules.IsAllowed(url.PathAndQuery):
                    return End(request, url, FetchOutcome.DisallowedByRobots, $"robots.txt de {url.Authority} interdit {url.PathAndQuery}");
            }

            var validators = await _validators.GetAsync(url, cancellationToken).ConfigureAwait(false);
            var hop = await _hops.SendAsync(url, request, DelayFor(request, robots.Rules), validators, cancellationToken).ConfigureAwait(false);
            switch (hop.Kind)
            {
                case HopKind.Redirect:
                    var next = hop.Location!;
                    if (visited.Contains(next.AbsoluteUri))
                    {
                        return Failed(request, url, $"boucle de redirection : {url} renvoie vers {next}, déjà visitée", hop.StatusCode);
                    }

                    if (redirects >= _options.MaxRedirects)
                    {
                        return Failed(request, url, $"trop de redirections (plus de {_options.MaxRedirects})", hop.StatusCode);
                    }

                    url = next;
                    continue;
                case HopKind.NotModified:
                    return new FetchResult(request.Url, FetchOutcome.NotModified) { FinalUrl = url, StatusCode = hop.StatusCode, PageDate = hop.PageDate };
                case HopKind.Success:
                    if (hop.Validators is { IsEmpty: false } fresh)
                    {
                        await _validators.SaveAsync(url, fresh, cancellationToken).ConfigureAwait(false);
                    }

                    return new FetchResult(request.Url, FetchOutcome.Fetched)
                    {
                        FinalUrl = url,
                        StatusCode = hop.StatusCode,
                        ContentType = hop.ContentType?.MediaType,
                        Text = CharsetDecoder.Decode(hop.Body, hop.ContentType?.CharSet),
                        PageDate = hop.PageDate,
                    };
                case HopKind.TooLarge:
                    return End(request, url, FetchOutcome.TooLarge, hop.Error) with { StatusCode = hop.StatusCode, ContentType = hop.ContentType?.MediaType };
                case HopKind.Blocked:
                    return End(request, url, FetchOutcome.Blocked, hop.Error);
                default:
                    return Failed(request, url, hop.Error, hop.StatusCode);
            }
        }
    }

    /// <summary>The largest of our default, the source's own demand and robots.txt's (capped) Crawl-delay.</summary>
    private TimeSpan DelayFor(FetchRequest request, RobotsRules rules)
    {
        var delay = _options.DefaultDelay;
        if (request.MinimumDelay > delay)
        {
            delay = request.MinimumDelay.Value;
        }

        if (rules.CrawlDelay is { } crawlDelay)
        {
            var capped = crawlDelay > _options.MaxCrawlDelay ? _options.MaxCrawlDelay : crawlDelay;
            delay = capped > delay ? capped : delay;
        }

        return delay;
    }

    private static FetchResult End(FetchRequest request, Uri url, FetchOutcome outcome, string? error) =>
        new(request.Url, outcome) { FinalUrl = url, Error = error };

    private static FetchResult Failed(FetchRequest request, Uri url, string? error, int? statusCode = null) =>
        End(request, url, FetchOutcome.Failed, error) with { StatusCode = statusCode };
}
