using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Health.Alarms;

/// <summary>Which structure keeps which source (an administrator attaches or detaches it).</summary>
public sealed class SourceOwners(IDbContextFactory<CrawlerDbContext> contexts, TimeProvider clock)
{
    public async Task<Guid?> OwnerOfAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var owner = await db.Set<SourceOwner>().AsNoTracking().FirstOrDefaultAsync(o => o.SourceId == sourceId, cancellationToken).ConfigureAwait(false);
            return owner?.StructureId;
        }
    }

    /// <summary>Attaches the source to the structure, or detaches it when <paramref name="structureId"/> is null.</summary>
    public async Task SetAsync(string sourceId, Guid? structureId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var owner = await db.Set<SourceOwner>().FirstOrDefaultAsync(o => o.SourceId == sourceId, cancellationToken).ConfigureAwait(false);
            if (structureId is not { } id)
            {
                if (owner is not null) db.Remove(owner);
            }
            else if (owner is null)
            {
                db.Add(new SourceOwner { SourceId = sourceId, StructureId = id, AttachedAt = clock.GetUtcNow() });
            }
            else if (owner.StructureId != id)
            {
                owner.StructureId = id;
                owner.AttachedAt = clock.GetUtcNow();
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
