namespace Plateforme.Web.Seo;

/// <summary>One address of the sitemap, with its last change when known.</summary>
public sealed record SitemapEntry(Uri Location, DateTimeOffset? LastModified = null);
