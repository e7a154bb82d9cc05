namespace Plateforme.Crawler.Fetching;

/// <summary>What came back; <see cref="Text"/> is already decoded whatever charset the server claimed.</summary>
public sealed record FetchResult(Uri RequestedUrl, FetchOutcome Outcome)
{
    /// <summary>The URL after redirects, against which relative links are resolved.</summary>
    public Uri FinalUrl { get; init; } = RequestedUrl;
    public int? StatusCode { get; init; }
    public string? ContentType { get; init; }
    public string? Text { get; init; }

    /// <summary>Why it failed, in plain words for the source health page.</summary>
    public string? Error { get; init; }
    public DateTimeOffset FetchedAt { get; init; }

    /// <summary>The Last-Modified or Date header, used to resolve dates written without a year.</summary>
    public DateTimeOffset? PageDate { get; init; }
}
