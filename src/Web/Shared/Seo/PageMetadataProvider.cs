using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Search.Catalogue;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Seo;

/// <summary>
/// One place that knows, per route, the canonical address, the description and the link-preview tags of a page, so
/// no page needs editing: the canonical drops the query (filters, sort, tracking), a call page previews its call.
/// Pages that already write their own description or canonical (home, search, funder, call) keep theirs.
/// </summary>
public sealed class PageMetadataProvider(IOptions<PublicSiteOptions> site, PublishedCalls calls)
{
    private static readonly (string Prefix, Func<string> Description)[] Descriptions =
    [
        ("/api-et-donnees", () => PublicApiText.MetaApiPage),
        ("/prets/statistiques", () => PublicApiText.MetaLendingStatistics),
        ("/prets", () => PublicApiText.MetaLending),
        ("/sources", () => PublicApiText.MetaSources),
        ("/mon-territoire", () => PublicApiText.MetaMyTerritory),
        ("/recherche", () => UiText.SearchMetaDescription),
    ];

    /// <summary>
    /// Pages whose own markup already writes a description (and, for a call, its canonical). Not the search page: its
    /// head carries only the feeds of the search.
    /// </summary>
    private static readonly string[] OwnDescription = ["/financeurs/", "/appels/"];

    public async Task<PageMetadata> ForAsync(string path, CancellationToken cancellationToken = default)
    {
        var canonical = site.Value.Link(string.IsNullOrEmpty(path) ? "/" : path);
        var ownDescription = path == "/" || OwnDescription.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        // A campaign page writes its whole head itself (canonical, description, its photo as the preview image).
        if (IsCampaignPage(path))
        {
            return new PageMetadata(canonical, UiText.SiteName, null, "website", EmitCanonical: false, EmitDescription: false, EmitSocial: false);
        }
        if (CallSlug(path) is { } slug && await calls.FindAsync(slug, cancellationToken) is { } call)
        {
            return new PageMetadata(canonical, call.Call.Title, call.Call.Summary ?? call.Call.Title, "article", EmitCanonical: false, EmitDescription: false);
        }
        var description = Descriptions.FirstOrDefault(d => path.StartsWith(d.Prefix, StringComparison.OrdinalIgnoreCase)).Description?.Invoke()
            ?? (path == "/" ? UiText.HomeIntro : null);
        return new PageMetadata(canonical, UiText.SiteName, description, "website", EmitCanonical: true, EmitDescription: !ownDescription && description is not null);
    }

    private static bool IsCampaignPage(string path) =>
        path.StartsWith("/prets/", StringComparison.Ordinal) && Guid.TryParse(path["/prets/".Length..], out _);

    /// <summary>The slug of /appels/{slug}, not of its sub-addresses (agenda.ics).</summary>
    private static string? CallSlug(string path)
    {
        if (!path.StartsWith("/appels/", StringComparison.Ordinal)) return null;
        var slug = path["/appels/".Length..];
        return slug.Length > 0 && !slug.Contains('/', StringComparison.Ordinal) ? Uri.UnescapeDataString(slug) : null;
    }
}
