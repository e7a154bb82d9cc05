using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Health.Alarms;

/// <summary>
/// Records each source's observed health state and hands out the alarm of a new alarming state once. A source never
/// observed counts as healthy, so a source found failing the first time is announced. Every write is conditional on
/// the row as read, so two nodes observing the same change record it once and claim its alarm once.
/// </summary>
public sealed class SourceAlarmLedger(IDbContextFactory<CrawlerDbContext> contexts, TimeProvider clock)
{
    /// <summary>The states that send an alarm: « en échec » and « rendement en baisse ».</summary>
    public static bool Alarming(SourceHealthState state) => state is SourceHealthState.Failing or SourceHealthState.DecliningYield;

    /// <summary>Records the state observed now; true when it is a change of state.</summary>
    public async Task<bool> ObserveAsync(string sourceId, SourceHealthState state, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var known = await db.Set<SourceAlarm>().AsNoTracking().FirstOrDefaultAsync(a => a.SourceId == sourceId, cancellationToken).ConfigureAwait(false);
            if (known is null)
            {
                if (!Alarming(state)) return false;
                db.Add(new SourceAlarm { SourceId = sourceId, State = state, ChangedAt = now });
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (DbUpdateException)
                {
                    // Another node recorded it first: the change is theirs to announce.
                    return false;
                }
            }

            if (known.State == state) return false;
            var previous = known.State;
            var changed = await db.Set<SourceAlarm>()
                .Where(a => a.SourceId == sourceId && a.State == previous)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.State, state).SetProperty(a => a.ChangedAt, now).SetProperty(a => a.NotifiedAt, (DateTimeOffset?)null), cancellationToken)
                .ConfigureAwait(false);
            return changed == 1;
        }
    }

    /// <summary>Claims the alarm due for the source's current state: true once per change of state.</summary>
    public async Task<bool> ClaimAsync(string sourceId, SourceHealthState state, CancellationToken cancellationToken = default)
    {
        if (!Alarming(state)) return false;
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var claimed = await db.Set<SourceAlarm>()
                .Where(a => a.SourceId == sourceId && a.State == state && a.NotifiedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.NotifiedAt, now), cancellationToken).ConfigureAwait(false);
            return claimed == 1;
        }
    }

    /// <summary>Gives a claimed alarm back when it could not be sent: the next check sends it.</summary>
    public async Task ReleaseAsync(string sourceId, SourceHealthState state, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.Set<SourceAlarm>().Where(a => a.SourceId == sourceId && a.State == state)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.NotifiedAt, (DateTimeOffset?)null), cancellationToken).ConfigureAwait(false);
        }
    }
}
