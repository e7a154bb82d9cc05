using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Health;

/// <summary>
/// Compares the search index with the published catalogue: every published call is in the index under its own
/// id with its current title and slug, and the index holds nothing else (no twin, no call unpublished since).
/// Calls still waiting in the index outbox are counted apart: they are on their way, not inconsistent.
/// </summary>
public sealed class IndexConsistency(IDbContextFactory<CatalogueDbContext> contexts, ISearchIndex index)
{
    public async Task<IndexConsistencyReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var pending = (await db.IndexOutbox.AsNoTracking().Select(e => e.CallId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToHashSet();
            var published = await db.FundingCalls.AsNoTracking().Where(c => c.State == ModerationState.Published)
                .Select(c => new { c.Id, c.Title, c.Slug }).ToListAsync(cancellationToken).ConfigureAwait(false);

            var missing = 0;
            var stale = 0;
            foreach (var call in published.Where(c => !pending.Contains(c.Id)))
            {
                var document = index.Get(call.Id);
                if (document is null) missing++;
                else if (!string.Equals(document.Title, call.Title, StringComparison.Ordinal) || !string.Equals(document.Slug, call.Slug, StringComparison.Ordinal)) stale++;
            }

            // With every settled call present once, any document beyond the published count is a twin or a leftover.
            var documents = index.Health().DocumentCount;
            var present = published.Count - missing;
            var extra = Math.Max(0, documents - present - pending.Count(id => index.Get(id) is not null));
            return new IndexConsistencyReport(published.Count, documents, pending.Count, missing, stale, extra);
        }
    }
}
