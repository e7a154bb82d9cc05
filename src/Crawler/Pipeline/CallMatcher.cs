using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Extraction.Identity;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// Finds the catalogue call a crawled call already is, in order of certainty: the same page (canonical URL of any
/// listing), the same fingerprint (title words + lead funder + deadline), then a near-identical title of the same
/// lead funder with the same deadline. A source never lists one call twice, so a call already holding a listing
/// of the same source is not a fingerprint or title match.
/// </summary>
internal static class CallMatcher
{
    public static async Task<Guid?> FindAsync(CatalogueDbContext db, CrawledCall crawled, CancellationToken cancellationToken)
    {
        var call = crawled.Call;
        // The page itself: this listing, or the funder's page an aggregator points to, seen on any listing or as a call's origin.
        string[] pages = [call.CanonicalUrl, CatalogueMerger.ListingUrl(call), call.OriginUrl];
        var byUrl = await db.SourceRecords.AsNoTracking().Where(r => pages.Contains(r.Url))
            .Select(r => (Guid?)r.CallId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        byUrl ??= await Matchable(db).Where(c => c.OriginUrl != null && pages.Contains(c.OriginUrl))
            .OrderBy(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (byUrl is not null) return byUrl;

        var byFingerprint = await Matchable(db)
            .Where(c => c.Fingerprint == call.Fingerprint && !c.Sources.Any(s => s.SourceId == call.SourceId))
            .OrderBy(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (byFingerprint is not null) return byFingerprint;

        var lead = crawled.FunderSlugs.FirstOrDefault();
        if (lead is null) return null;
        var deadline = call.Deadline;
        var candidates = await Matchable(db)
            .Where(c => c.Deadline == deadline && !c.Sources.Any(s => s.SourceId == call.SourceId))
            .Select(c => new { c.Id, c.Title, c.Funders })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return candidates
            .Where(c => c.Funders.Count > 0 && c.Funders[0] == lead)
            .Select(c => (c.Id, Score: TitleSimilarity.Score(c.Title, call.Title)))
            .Where(c => c.Score >= TitleSimilarity.NearDuplicateThreshold)
            .OrderByDescending(c => c.Score)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefault();
    }

    /// <summary>
    /// Calls a crawl may join. An organisation's own call stays out until a moderator publishes it: a crawl joining
    /// a draft or a call under review would rewrite the funder's text behind their back, since unpublished calls take
    /// source changes at once. The crawl makes its own call instead, which the moderator can merge.
    /// </summary>
    private static IQueryable<FundingCall> Matchable(CatalogueDbContext db) =>
        db.FundingCalls.AsNoTracking().Where(c => c.SubmittedByOrganisationId == null || c.State == ModerationState.Published);

    /// <summary>Follows "merged into" links so a crawl never revives a call a moderator folded into another.</summary>
    public static async Task<FundingCall?> LoadLiveAsync(CatalogueDbContext db, Guid id, CancellationToken cancellationToken)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            var call = await db.FundingCalls.Include(c => c.Sources).SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
            if (call is null || call.State != ModerationState.Merged || call.MergedIntoId is not { } target) return call;
            id = target;
        }

        return null;
    }
}
