using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Plateforme.Crawler.Fetching.Decoding;
using Plateforme.Crawler.Fetching.Network;
using Plateforme.Crawler.Fetching.Politeness;

namespace Plateforme.Crawler.Fetching;

/// <summary>One GET of one URL: waits for the host's turn, sends the validators, retries 429/503/timeouts.</summary>
internal sealed class HopFetcher(HttpClient client, HostGates gates, FetchOptions options, TimeProvider time, ILogger logger)
{
    public async Task<HopResult> SendAsync(Uri url, FetchRequest request, TimeSpan delay, CacheValidators? validators, CancellationToken cancellationToken)
    {
        var gate = gates.For(url);
        for (var attempt = 1; ; attempt++)
        {
            var lastAttempt = attempt >= options.MaxAttempts;
            using var lease = await gate.EnterAsync(delay, countsForDelay: true, cancellationToken).ConfigureAwait(false);
            using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                using var message = BuildRequest(url, request, validators);
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is (int)HttpStatusCode.TooManyRequests or (int)HttpStatusCode.ServiceUnavailable)
                {
                    var wait = RetryDelay(attempt, response.Headers.RetryAfter);
                    if (lastAttempt || wait > options.MaxRetryDelay)
                    {
                        var reason = lastAttempt
                            ? $"le serveur a répondu {status} ({response.ReasonPhrase}) à chacun des {attempt} essais"
                            : $"le serveur a répondu {status} et demande d'attendre {wait.TotalSeconds:0} s, plus que permis";
                        return new HopResult(HopKind.Failed) { StatusCode = status, Error = reason };
                    }

                    Postpone(gate, request, url, wait, attempt, status.ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                return await ReadAsync(url, response, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Our timeout, or the handler's own connect timeout: both mean the server did not answer in time.
                if (lastAttempt)
                {
                    return new HopResult(HopKind.Failed)
                    {
                        Error = $"délai dépassé : pas de réponse en {options.RequestTimeout.TotalSeconds:0.#} s, {attempt} essais",
                    };
                }

                Postpone(gate, request, url, RetryDelay(attempt, retryAfter: null), attempt, "timeout");
            }
            catch (HttpRequestException e) when (BlockedAddressException.IsIn(e))
            {
                return new HopResult(HopKind.Blocked) { Error = $"adresse refusée : {url.Host} mène à une adresse privée ou locale" };
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                return new HopResult(HopKind.Failed) { Error = $"{NetworkErrors.Describe(e)} ({url.Authority})" };
            }
        }
    }

    private async Task<HopResult> ReadAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var pageDate = response.Content.Headers.LastModified ?? response.Headers.Date;
        if (status is >= 300 and < 400 && status != (int)HttpStatusCode.NotModified)
        {
            return response.Headers.Location is { } location
                ? new HopResult(HopKind.Redirect) { StatusCode = status, Location = new Uri(url, location) }
                : new HopResult(HopKind.Failed) { StatusCode = status, Error = $"redirection {status} sans adresse de destination" };
        }

        if (status == (int)HttpStatusCode.NotModified)
        {
            return new HopResult(HopKind.NotModified) { StatusCode = status, PageDate = pageDate };
        }

        if (status is < 200 or >= 300)
        {
            return new HopResult(HopKind.Failed) { StatusCode = status, Error = $"le serveur a répondu {status} ({response.ReasonPhrase})" };
        }

        var tooLarge = new HopResult(HopKind.TooLarge)
        {
            StatusCode = status,
            ContentType = response.Content.Headers.ContentType,
            Error = $"page trop volumineuse : plus de {options.MaxBodyBytes / (1024.0 * 1024.0):0.#} Mo",
        };
        if (response.Content.Headers.ContentLength > options.MaxBodyBytes)
        {
            return tooLarge;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var (body, overCap) = await BodyReader.ReadAsync(stream, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (overCap)
        {
            return tooLarge;
        }

        return new HopResult(HopKind.Success)
        {
            StatusCode = status,
            Body = body,
            ContentType = response.Content.Headers.ContentType,
            PageDate = pageDate,
            Validators = new CacheValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified),
        };
    }

    private static HttpRequestMessage BuildRequest(Uri url, FetchRequest request, CacheValidators? validators)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("Accept", request.Accept ?? "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        message.Headers.TryAddWithoutValidation("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");
        if (request.Authorization is { } authorization
            && Uri.Compare(url, request.Url, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            message.Headers.Authorization = authorization;
        }

        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var parsed))
        {
            message.Headers.IfNoneMatch.Add(parsed);
        }

        if (validators?.LastModified is { } lastModified)
        {
            message.Headers.IfModifiedSince = lastModified;
        }

        return message;
    }

    private TimeSpan RetryDelay(int attempt, RetryConditionHeaderValue? retryAfter) =>
        RetryDelays.Compute(attempt, retryAfter, time.GetUtcNow(), options.RetryBaseDelay, Random.Shared.NextDouble());

    private void Postpone(HostGate gate, FetchRequest request, Uri url, TimeSpan wait, int attempt, string cause)
    {
        gate.HoldUntil(time.GetUtcNow() + wait);
        FetchLog.Retrying(logger, request.SourceId, url, wait, attempt, cause);
    }
}
