using System.Text;

namespace Plateforme.Web.Seo;

/// <summary>
/// What engines may crawl: every call, funder, campaign and experience page, not the endless combinations of search filters
/// (the sitemap lists the pages themselves), nor the private, administrative or technical addresses.
/// </summary>
internal static class RobotsTxt
{
    private static readonly string[] Disallowed =
    [
        "/recherche?", "/embed", "/compte", "/admin", "/moderation", "/mes-appels", "/mes-organisations", "/alertes",
        "/prets/mes-", "/prets/nouveau", "/preferences", "/mon-territoire", "/flux", "/appels/*/agenda.ics", "/health", "/api/", "/Error", "/not-found",
        "/experiences?", "/experiences/mes-fiches", "/experiences/nouvelle", "/experiences/fiches/",
    ];

    public static string Write(Uri sitemap)
    {
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        foreach (var path in Disallowed) text.Append("Disallow: ").Append(path).Append('\n');
        text.Append("Allow: /\n\n");
        text.Append("Sitemap: ").Append(sitemap.AbsoluteUri).Append('\n');
        return text.ToString();
    }
}
