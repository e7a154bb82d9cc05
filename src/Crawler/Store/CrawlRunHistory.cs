using Microsoft.EntityFrameworkCore;

namespace Plateforme.Crawler.Store;

/// <summary>Read side of the runs, for the source health page and the "list" command.</summary>
public sealed class CrawlRunHistory(IDbContextFactory<CrawlerDbContext> contexts)
{
    /// <summary>The latest run of each source that ran at least once, by source id.</summary>
    public async Task<IReadOnlyDictionary<string, CrawlRun>> LatestRunsAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var latestIds = db.CrawlRuns.GroupBy(r => r.SourceId).Select(g => g.Max(r => r.Id));
            var runs = await db.CrawlRuns.AsNoTracking().Where(r => latestIds.Contains(r.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            return runs.ToDictionary(r => r.SourceId, StringComparer.Ordinal);
        }
    }

    /// <summary>The most recent runs of one source, newest first.</summary>
    public async Task<IReadOnlyList<CrawlRun>> RunsOfAsync(string sourceId, int take = 20, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.CrawlRuns.AsNoTracking().Where(r => r.SourceId == sourceId).OrderByDescending(r => r.Id).Take(take)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Items of a source whose page answered 404 or 410, for the "lien mort" flag.</summary>
    public async Task<IReadOnlyList<SourceItemPresence>> DeadLinksAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.ItemPresence.AsNoTracking().Where(p => p.SourceId == sourceId && p.LinkDeadSince != null)
                .OrderBy(p => p.Url).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
