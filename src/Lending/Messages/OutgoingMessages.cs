using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Messages;

/// <summary>
/// For the e-mail module: read the messages due, then mark each one sent, or failed (tried again later, given up
/// after too many attempts) so that one message refused for good never holds back the others.
/// </summary>
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

    /// <summary>The messages to try now: not sent, not given up, and past their wait after a failure; oldest first.</summary>
    public async Task<IReadOnlyList<OutgoingMessage>> ListDueAsync(int max = 100, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            var now = time.GetUtcNow();
            var unsent = await db.OutgoingMessages.AsNoTracking().Where(m => m.SentAt == null && m.GivenUpAt == null).ToListAsync(cancellationToken);
            return unsent.Where(m => m.RetryAt is null || m.RetryAt <= now).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(max).ToList();
        }
    }

    /// <summary>The messages whose attempts ran out, most recent first: someone has to tell these people another way.</summary>
    public async Task<IReadOnlyList<OutgoingMessage>> ListGivenUpAsync(int max = 100, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            var givenUp = await db.OutgoingMessages.AsNoTracking().Where(m => m.SentAt == null && m.GivenUpAt != null).ToListAsync(cancellationToken);
            return givenUp.OrderByDescending(m => m.GivenUpAt).ThenBy(m => m.Id).Take(max).ToList();
        }
    }

    /// <summary>
    /// Records a failed attempt: the message waits before its next one (<see cref="SendRetries"/>), or is given up
    /// once <paramref name="maxAttempts"/> have failed. Returns true when it is given up.
    /// </summary>
    public async Task<bool> MarkFailedAsync(Guid messageId, string error, int maxAttempts = SendRetries.DefaultMaxAttempts, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            var now = time.GetUtcNow();
            var message = await db.OutgoingMessages.FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken);
            if (message is null || message.SentAt is not null || message.GivenUpAt is not null) return false;
            message.FailedAttempts++;
            message.LastError = error.Length <= SendRetries.ErrorLength ? error : error[..SendRetries.ErrorLength];
            var givenUp = message.FailedAttempts >= maxAttempts;
            message.GivenUpAt = givenUp ? now : null;
            message.RetryAt = givenUp ? null : now + SendRetries.DelayAfter(message.FailedAttempts);
            await db.SaveChangesAsync(cancellationToken);
            return givenUp;
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
