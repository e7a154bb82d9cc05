using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Messages;

/// <summary>For the e-mail module: read the messages not sent yet, then mark each one sent.</summary>
public sealed class OutgoingMessages(IDbContextFactory<LendingDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<OutgoingMessage>> ListUnsentAsync(int max = 100, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            var unsent = await db.OutgoingMessages.AsNoTracking().Where(m => m.SentAt == null).ToListAsync(cancellationToken);
            return unsent.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(max).ToList();
        }
    }

    public async Task MarkSentAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            var now = time.GetUtcNow();
            var message = await db.OutgoingMessages.FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken);
            if (message is null || message.SentAt is not null) return;
            message.SentAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
