namespace Plateforme.Crawler.Store;

/// <summary>ETag and Last-Modified of one URL, kept between runs for conditional GETs.</summary>
public sealed class UrlValidator
{
    public required string Url { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}
