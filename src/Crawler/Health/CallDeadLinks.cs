using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Health;

/// <summary>The dead origin links of one call, for its public page.</summary>
public sealed class CallDeadLinks(IDbContextFactory<CrawlerDbContext> contexts)
{
    public async Task<IReadOnlyList<DeadLink>> ForCallAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.ItemPresence.AsNoTracking().Where(p => p.CallId == callId && p.LinkDeadSince != null)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(p => new DeadLink(p.SourceId, p.Url, p.LinkDeadSince!.Value, p.LinkStatusCode)).OrderBy(d => d.SourceId, StringComparer.Ordinal)];
        }
    }
}
