using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Catalogue;

/// <summary>
/// The whole published catalogue, read in slug order by pages of a few hundred calls (keyset paging: the open-data
/// export and the sitemap walk tens of thousands of calls without holding them all, and without OFFSET's cost).
/// </summary>
public sealed class PublishedCatalogue(IDbContextFactory<CatalogueDbContext> databases)
{
    public const int PageSize = 500;

    /// <summary>Every published call, with its sources, in slug order.</summary>
    public async IAsyncEnumerable<FundingCall> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            List<FundingCall> page;
            var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var calls = db.FundingCalls.AsNoTracking().Include(c => c.Sources).Where(c => c.State == ModerationState.Published);
                if (after is not null) calls = calls.Where(c => string.Compare(c.Slug, after) > 0);
                page = await calls.OrderBy(c => c.Slug).Take(PageSize).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
            }
            foreach (var call in page) yield return call;
            if (page.Count < PageSize) yield break;
            after = page[^1].Slug;
        }
    }

    /// <summary>The slug and last change of every published call, for the sitemap.</summary>
    public async Task<IReadOnlyList<(string Slug, DateTimeOffset UpdatedAt)>> SlugsAsync(CancellationToken cancellationToken = default)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.FundingCalls.AsNoTracking().Where(c => c.State == ModerationState.Published)
                .OrderBy(c => c.Slug).Select(c => new { c.Slug, c.UpdatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(r => (r.Slug, r.UpdatedAt))];
        }
    }

    /// <summary>The slug of every funder, for the sitemap (each has its page).</summary>
    public async Task<IReadOnlyList<string>> FunderSlugsAsync(CancellationToken cancellationToken = default)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Funders.AsNoTracking().OrderBy(f => f.Slug).Select(f => f.Slug).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
