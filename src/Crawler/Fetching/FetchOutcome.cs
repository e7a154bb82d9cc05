namespace Plateforme.Crawler.Fetching;

public enum FetchOutcome
{
    /// <summary>A body was downloaded and decoded.</summary>
    Fetched,

    /// <summary>The server answered 304: the page is unchanged since the last run and is not re-parsed.</summary>
    NotModified,

    /// <summary>robots.txt forbids the URL (or could not be read because of a 5xx or network error).</summary>
    DisallowedByRobots,

    /// <summary>The SSRF guard refused the address.</summary>
    Blocked,

    /// <summary>The body went over the size cap.</summary>
    TooLarge,

    /// <summary>A 4xx/5xx after retries, a timeout, a redirect loop or a network error.</summary>
    Failed,
}
