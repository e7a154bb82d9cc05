namespace Plateforme.Crawler.Fetching;

/// <summary>
/// The one HTTP pipeline every connector goes through, so that politeness, robots.txt, retries
/// and the SSRF guard cannot be bypassed by a connector that forgets them.
/// </summary>
public interface IPageFetcher
{
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}
