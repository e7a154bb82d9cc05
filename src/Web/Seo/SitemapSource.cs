using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Lending.Campaigns;
using Plateforme.Search.Catalogue;

namespace Plateforme.Web.Seo;

/// <summary>
/// Every public page worth indexing: the fixed pages, each published call, each funder and each campaign a visitor
/// can open. Built on request and kept for a few minutes (Seo:Sitemap:CacheSeconds), so a new call appears soon.
/// </summary>
public sealed class SitemapSource(PublishedCatalogue catalogue, CampaignService campaigns, Plateforme.Experiences.Sheets.ExperienceService experiences, IOptions<PublicSiteOptions> site, IOptions<SitemapOptions> options, TimeProvider clock) : IDisposable
{
    /// <summary>Campaign states whose page is public (drafts, submissions and refusals are not).</summary>
    private static readonly CampaignState[] PublicCampaignStates =
        [CampaignState.Published, CampaignState.Funded, CampaignState.Disbursed, CampaignState.Repaying, CampaignState.Repaid];

    private static readonly string[] FixedPages = ["/", "/recherche", "/prets", "/prets/statistiques", "/sources", "/api-et-donnees", "/experiences"];

    private readonly SemaphoreSlim gate = new(1, 1);
    private (DateTimeOffset BuiltAt, IReadOnlyList<SitemapEntry> Entries)? cached;

    public int MaxUrlsPerFile => options.Value.MaxUrlsPerFile;

    public async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var lifetime = TimeSpan.FromSeconds(options.Value.CacheSeconds);
        if (cached is { } fresh && now - fresh.BuiltAt < lifetime) return fresh.Entries;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } built && now - built.BuiltAt < lifetime) return built.Entries;
            var entries = await BuildAsync(cancellationToken);
            cached = (now, entries);
            return entries;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IReadOnlyList<SitemapEntry>> BuildAsync(CancellationToken cancellationToken)
    {
        var entries = new List<SitemapEntry>();
        entries.AddRange(FixedPages.Select(p => new SitemapEntry(site.Value.Link(p))));
        foreach (var (slug, updatedAt) in await catalogue.SlugsAsync(cancellationToken))
        {
            entries.Add(new SitemapEntry(site.Value.Link("/appels/" + Uri.EscapeDataString(slug)), updatedAt));
        }
        foreach (var slug in await catalogue.FunderSlugsAsync(cancellationToken))
        {
            entries.Add(new SitemapEntry(site.Value.Link("/financeurs/" + Uri.EscapeDataString(slug))));
        }
        foreach (var state in PublicCampaignStates)
        {
            foreach (var campaign in await campaigns.ListByStateAsync(state, cancellationToken))
            {
                entries.Add(new SitemapEntry(site.Value.Link("/prets/" + campaign.Id), campaign.PublishedAt));
            }
        }
        foreach (var sheet in await experiences.PublishedAsync(cancellationToken))
        {
            entries.Add(new SitemapEntry(site.Value.Link("/experiences/" + Uri.EscapeDataString(sheet.Slug)), sheet.UpdatedAt));
        }
        return entries;
    }

    public void Dispose() => gate.Dispose();
}
