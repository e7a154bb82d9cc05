namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>
/// How to go from one listing page to the next. Entry URLs are always read first; with
/// <see cref="PagingMode.UrlPattern"/> the pattern pages come after the single entry URL.
/// </summary>
public sealed record PagingRule
{
    public PagingMode Mode { get; init; } = PagingMode.None;

    /// <summary>CSS selector of the "next page" link (NextLink).</summary>
    public string? NextSelector { get; init; }

    /// <summary>Absolute URL with a {page} or {offset} placeholder (UrlPattern).</summary>
    public string? UrlPattern { get; init; }

    public int Start { get; init; } = 2;
    public int Step { get; init; } = 1;

    /// <summary>JSON path of the next page URL, e.g. "next" (NextField).</summary>
    public string? NextField { get; init; }

    /// <summary>Upper bound of listing pages read per entry URL, whatever the site claims.</summary>
    public int MaxPages { get; init; } = 20;
}
