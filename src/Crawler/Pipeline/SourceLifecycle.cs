using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plateforme.Crawler.Extraction.Identity;
using Plateforme.Crawler.Store;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// What a run says about items it did not see. Only complete runs (no error, no page answered 304) count: after
/// <see cref="CrawlerOptions.MissedRunsBeforeWithdrawal"/> of them in a row the item is gone from its source, and
/// when every listing of a call is gone the call is withdrawn (kept, out of search). A call past its deadline is
/// left as it is: sites drop closed calls, and search still shows them as closed. Pages answering 404/410 mark
/// their item's link dead.
/// </summary>
public sealed class SourceLifecycle(
    IDbContextFactory<CrawlerDbContext> crawlerContexts,
    IDbContextFactory<CatalogueDbContext> catalogueContexts,
    IOptions<CrawlerOptions> options,
    TimeProvider clock)
{
    public const string WithdrawalReason = "Retiré par la source : absent de plusieurs passages complets";

    /// <summary>Records presence after a run; returns the number of calls withdrawn.</summary>
    public async Task<int> RecordRunAsync(
        string sourceId, IReadOnlyCollection<SeenItem> seen, bool complete, IReadOnlyDictionary<Uri, int> gonePages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(gonePages);
        var now = clock.GetUtcNow();
        var gone = await MarkPresenceAsync(sourceId, seen, complete, gonePages, now, cancellationToken).ConfigureAwait(false);
        var withdrawn = 0;
        foreach (var callId in gone)
        {
            if (await WithdrawIfGoneEverywhereAsync(sourceId, callId, now, cancellationToken).ConfigureAwait(false)) withdrawn++;
        }

        return withdrawn;
    }

    private async Task<List<Guid>> MarkPresenceAsync(
        string sourceId, IReadOnlyCollection<SeenItem> seen, bool complete, IReadOnlyDictionary<Uri, int> gonePages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = await crawlerContexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.ItemPresence.Where(p => p.SourceId == sourceId)
                .ToDictionaryAsync(p => p.ExternalId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            foreach (var item in seen)
            {
                if (!rows.TryGetValue(item.ExternalId, out var row))
                {
                    row = new SourceItemPresence { SourceId = sourceId, ExternalId = item.ExternalId, Url = item.CanonicalUrl, FirstSeenAt = now };
                    db.ItemPresence.Add(row);
                    rows.Add(item.ExternalId, row);
                }

                row.CallId = item.CallId;
                row.Url = item.CanonicalUrl;
                row.LastSeenAt = now;
                row.MissedRuns = 0;
                row.WithdrawnAt = null;
                row.LinkDeadSince = null;
                row.LinkStatusCode = null;
            }

            var gone = new List<Guid>();
            if (complete)
            {
                var seenIds = seen.Select(s => s.ExternalId).ToHashSet(StringComparer.Ordinal);
                foreach (var row in rows.Values.Where(r => r.WithdrawnAt is null && !seenIds.Contains(r.ExternalId)))
                {
                    row.MissedRuns++;
                    if (row.MissedRuns < options.Value.MissedRunsBeforeWithdrawal) continue;
                    row.WithdrawnAt = now;
                    gone.Add(row.CallId);
                }
            }

            foreach (var (url, status) in gonePages)
            {
                var canonical = UrlCanonicalizer.Canonicalize(url).AbsoluteUri;
                foreach (var row in rows.Values.Where(r => r.Url == canonical))
                {
                    row.LinkDeadSince ??= now;
                    row.LinkStatusCode = status;
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return gone;
        }
    }

    private async Task<bool> WithdrawIfGoneEverywhereAsync(string sourceId, Guid callId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = await catalogueContexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var call = await db.FundingCalls.Include(c => c.Sources).SingleOrDefaultAsync(c => c.Id == callId, cancellationToken).ConfigureAwait(false);
            if (call is null || call.State is ModerationState.Withdrawn or ModerationState.Rejected or ModerationState.Merged) return false;
            if (call.Deadline is { } deadline && deadline < CallStatusRules.TodayInParis(clock)) return false;
            if (!await GoneFromEverySourceAsync(call, cancellationToken).ConfigureAwait(false)) return false;

            db.CallChanges.Add(new CallChange
            {
                CallId = call.Id,
                At = now,
                Actor = $"crawler:{sourceId}",
                Kind = CallChangeKind.StateChanged,
                Reason = WithdrawalReason,
                DiffJson = CatalogueMerger.StateDiff(call.State, ModerationState.Withdrawn),
            });
            call.State = ModerationState.Withdrawn;
            call.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>Every listing of the call is known to be gone; a listing the crawler does not track keeps it.</summary>
    private async Task<bool> GoneFromEverySourceAsync(FundingCall call, CancellationToken cancellationToken)
    {
        var crawler = await crawlerContexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (crawler.ConfigureAwait(false))
        {
            var gone = await crawler.ItemPresence.AsNoTracking().Where(p => p.CallId == call.Id && p.WithdrawnAt != null)
                .Select(p => new { p.SourceId, p.ExternalId }).ToListAsync(cancellationToken).ConfigureAwait(false);
            return call.Sources.All(s => gone.Any(g => g.SourceId == s.SourceId && g.ExternalId == s.ExternalId));
        }
    }
}
