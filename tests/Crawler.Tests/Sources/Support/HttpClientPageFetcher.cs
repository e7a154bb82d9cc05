using System.Net.Http.Headers;
using Plateforme.Crawler.Fetching;

namespace Plateforme.Crawler.Tests.Sources.Support;

/// <summary>Test-only fetcher: a plain GET, no politeness, a fixed fetch time so page dates are stable.</summary>
public sealed class HttpClientPageFetcher : IPageFetcher, IDisposable
{
    public static readonly DateTimeOffset FetchedAt = new(2026, 1, 12, 8, 30, 0, TimeSpan.Zero);

    private readonly HttpClient _client = new();

    public List<FetchRequest> Requests { get; } = [];

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        if (request.Accept is { } accept)
        {
            message.Headers.Accept.ParseAdd(accept);
        }

        using var response = await _client.SendAsync(message, cancellationToken);
        var finalUrl = response.RequestMessage?.RequestUri ?? request.Url;
        if (!response.IsSuccessStatusCode)
        {
            return new FetchResult(request.Url, FetchOutcome.Failed)
            {
                FinalUrl = finalUrl,
                StatusCode = (int)response.StatusCode,
                Error = $"HTTP {(int)response.StatusCode}",
                FetchedAt = FetchedAt,
            };
        }

        return new FetchResult(request.Url, FetchOutcome.Fetched)
        {
            FinalUrl = finalUrl,
            StatusCode = (int)response.StatusCode,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            Text = await response.Content.ReadAsStringAsync(cancellationToken),
            FetchedAt = FetchedAt,
        };
    }

    public void Dispose() => _client.Dispose();
}
