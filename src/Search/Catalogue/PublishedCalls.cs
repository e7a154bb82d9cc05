using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Catalogue;

/// <summary>
/// What other modules and the web host read from the catalogue, so that none of them opens its DbContext: published
/// calls with their sources and funders, funders, the funder vocabulary and the number of sources. One short-lived
/// DbContext per read: a Blazor circuit lives for minutes and may run two reads at once, which one context would not allow.
/// </summary>
public sealed class PublishedCalls(IDbContextFactory<CatalogueDbContext> databases)
{
    /// <summary>A published call by id (a GUID) or by slug, with its sources and its funders; null when there is none.</summary>
    public async Task<PublishedCall?> FindAsync(string idOrSlug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrSlug);
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var calls = db.FundingCalls.AsNoTracking().Include(c => c.Sources).Where(c => c.State == ModerationState.Published);
            var call = Guid.TryParse(idOrSlug, out var id)
                ? await calls.FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false)
                : await calls.FirstOrDefaultAsync(c => c.Slug == idOrSlug, cancellationToken).ConfigureAwait(false);
            if (call is null) return null;

            var funders = await db.Funders.AsNoTracking()
                .Where(f => call.Funders.Contains(f.Slug))
                .ToDictionaryAsync(f => f.Slug, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            return new PublishedCall(call, funders);
        }
    }

    /// <summary>A funder by slug; null when there is none.</summary>
    public async Task<Funder?> FindFunderAsync(string slug, CancellationToken cancellationToken = default)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Funders.AsNoTracking().FirstOrDefaultAsync(f => f.Slug == slug, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every funder's slug and name, the vocabulary of the funder filter.</summary>
    public async Task<IReadOnlyList<FunderName>> FunderNamesAsync(CancellationToken cancellationToken = default)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // A funder a relay proposed enters the reference list only once a moderator accepted it.
            return await db.Funders.AsNoTracking().Where(f => !f.IsProposed)
                .Select(f => new FunderName(f.Slug, f.Name))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The published calls a partner structure relays, next deadline first (those without one last).</summary>
    public async Task<IReadOnlyList<FundingCall>> RelayedByStructureAsync(Guid structureId, int max, CancellationToken cancellationToken = default)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var calls = await db.FundingCalls.AsNoTracking()
                .Where(c => c.State == ModerationState.Published && c.RelayedByStructureId == structureId)
                .OrderByDescending(c => c.PublishedAt).Take(max).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. calls.OrderBy(c => c.Deadline ?? DateOnly.MaxValue)];
        }
    }

    /// <summary>How many distinct sources the catalogue has read calls from.</summary>
    public async Task<int> CountSourcesAsync(CancellationToken cancellationToken = default)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.SourceRecords.AsNoTracking().Select(s => s.SourceId).Distinct().CountAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
