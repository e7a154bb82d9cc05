using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Moderation;

/// <summary>
/// RGPD: when a person's account is deleted, the journal and the calls keep every record of what was decided and
/// posted, but nothing points to that person any more.
/// </summary>
public sealed class ModerationErasure(IDbContextFactory<CatalogueDbContext> contexts)
{
    public async Task AnonymiseAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var actor = Actors.Moderator(userId);
                await db.ModerationRecords.Where(r => r.ModeratorId == userId)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ModeratorId, (Guid?)null), cancellationToken).ConfigureAwait(false);
                await db.CallChanges.Where(c => c.Actor == actor)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Actor, Actors.AnonymousModerator), cancellationToken).ConfigureAwait(false);
                // Not indexed, so no outbox row is needed for the calls.
                await db.FundingCalls.Where(c => c.SubmittedByUserId == userId)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.SubmittedByUserId, (Guid?)null), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
