namespace Plateforme.Crawler.Sources.Definitions;

public enum PagingMode
{
    /// <summary>Only the entry URLs are read.</summary>
    None,

    /// <summary>HTML: follow the link found by <see cref="PagingRule.NextSelector"/>.</summary>
    NextLink,

    /// <summary>Pages built from <see cref="PagingRule.UrlPattern"/>, replacing {page} or {offset} with start, start+step…</summary>
    UrlPattern,

    /// <summary>JSON: follow the URL in the field named by <see cref="PagingRule.NextField"/>.</summary>
    NextField,
}
