using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Windows;

/// <summary>
/// Moves a call with several windows on to its next window once the current one has closed: its dates (hence its
/// status, the « date limite » filter and sort, its feeds) follow, it is reindexed through the outbox, and
/// <see cref="FundingCall.WindowOpenedAt"/> tells the alerts that a new window is announced.
/// </summary>
public sealed partial class CallWindowRoller(IDbContextFactory<CatalogueDbContext> contexts, TimeProvider clock, ILogger<CallWindowRoller> logger)
{
    /// <summary>Rolls every published call whose deadline passed and that has a later window; returns how many moved.</summary>
    public async Task<int> RollAsync(CancellationToken cancellationToken = default)
    {
        var today = CallStatusRules.TodayInParis(clock);
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // The windows are one JSON text: the few passed calls are read and the ones with a later window kept.
            var passed = await db.FundingCalls
                .Where(c => c.State == ModerationState.Published && c.ClosedOn == null && c.Deadline != null && c.Deadline < today)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var moved = 0;
            foreach (var call in passed.Where(c => c.Windows.Count > 0))
            {
                if (!CallWindows.Align(call, today)) continue;
                call.WindowOpenedAt = now;
                call.UpdatedAt = now;
                db.CallChanges.Add(new CallChange { CallId = call.Id, At = now, Actor = "system:fenetres", Kind = CallChangeKind.Updated, Reason = "Session suivante" });
                moved++;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (moved > 0) LogRolled(moved);
            return moved;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} calls moved on to their next window")]
    private partial void LogRolled(int count);
}
