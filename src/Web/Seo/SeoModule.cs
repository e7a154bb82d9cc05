using System.Globalization;
using Microsoft.Extensions.Options;
using Plateforme.Accounts;

namespace Plateforme.Web.Seo;

/// <summary>What search engines read: robots.txt and the sitemap (split into an index of numbered files past the cap).</summary>
public static class SeoModule
{
    public const string SitemapPath = "/sitemap.xml";
    private const string XmlType = "application/xml; charset=utf-8";

    public static IHostApplicationBuilder AddSeo(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SitemapOptions>().Bind(builder.Configuration.GetSection(SitemapOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SitemapSource>();
        builder.Services.AddScoped<Plateforme.Web.Shared.Seo.PageMetadataProvider>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSeo(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/robots.txt", (IOptions<PublicSiteOptions> site) =>
            TypedResults.Text(RobotsTxt.Write(site.Value.Link(SitemapPath)), "text/plain; charset=utf-8")).ExcludeFromDescription();
        app.MapGet(SitemapPath, async (SitemapSource source, IOptions<PublicSiteOptions> site, CancellationToken cancellationToken) =>
        {
            var entries = await source.EntriesAsync(cancellationToken);
            if (entries.Count <= source.MaxUrlsPerFile) return Xml(SitemapXml.UrlSet(entries));
            var files = (entries.Count + source.MaxUrlsPerFile - 1) / source.MaxUrlsPerFile;
            return Xml(SitemapXml.Index(Enumerable.Range(1, files).Select(n => site.Value.Link(FilePath(n)))));
        }).ExcludeFromDescription();
        app.MapGet("/sitemaps/{number:int}.xml", async Task<IResult> (int number, SitemapSource source, CancellationToken cancellationToken) =>
        {
            var entries = await source.EntriesAsync(cancellationToken);
            var part = entries.Skip((number - 1) * source.MaxUrlsPerFile).Take(source.MaxUrlsPerFile).ToList();
            if (number < 1 || part.Count == 0 || entries.Count <= source.MaxUrlsPerFile) return TypedResults.NotFound();
            return Xml(SitemapXml.UrlSet(part));
        }).ExcludeFromDescription();
        return app;
    }

    private static string FilePath(int number) => "/sitemaps/" + number.ToString(CultureInfo.InvariantCulture) + ".xml";

    private static IResult Xml(byte[] body) => TypedResults.Bytes(body, XmlType);
}
