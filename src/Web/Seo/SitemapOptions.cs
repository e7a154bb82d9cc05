using System.ComponentModel.DataAnnotations;

namespace Plateforme.Web.Seo;

/// <summary>"Seo:Sitemap": how many addresses one sitemap file holds (the protocol's cap is 50 000) and how long a built one is served.</summary>
public sealed class SitemapOptions
{
    public const string SectionName = "Seo:Sitemap";

    [Range(1, 50_000)]
    public int MaxUrlsPerFile { get; set; } = 50_000;

    [Range(0, 86_400)]
    public int CacheSeconds { get; set; } = 300;
}
