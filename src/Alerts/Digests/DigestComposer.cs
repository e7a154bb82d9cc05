using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Alerts.Store;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Search.Indexing;

namespace Plateforme.Alerts.Digests;

/// <summary>
/// Step one of a run: for each due alert, the published calls new since its watermark that match its search,
/// recorded as a pending digest together with the alert's new watermark in one transaction, followed by the calls it
/// already received whose next window opened since (« Nouvelle session »), once per window. Nothing is sent here.
/// </summary>
public sealed partial class DigestComposer(
    IDbContextFactory<AlertsDbContext> contexts,
    ISearchIndex index,
    ISavedSearchReader searches,
    OpenedWindows windows,
    IOptions<AlertsOptions> options,
    TimeProvider clock,
    ILogger<DigestComposer> logger)
{
    private const int PageSize = 100;

    /// <summary>Composes the digests of every alert due today; returns (digests, calls).</summary>
    public Task<(int Digests, int Calls)> ComposeDueAsync(CancellationToken cancellationToken = default) =>
        ComposeAsync(ignoreSchedule: false, cancellationToken);

    /// <summary>
    /// Composes a digest for every active alert with new calls, whatever its schedule says (an administrator's
    /// "send now"): the watermark still moves, so no call is ever sent twice and the next scheduled digest
    /// carries only what came after.
    /// </summary>
    public Task<(int Digests, int Calls)> ComposeAllNowAsync(CancellationToken cancellationToken = default) =>
        ComposeAsync(ignoreSchedule: true, cancellationToken);

    private async Task<(int Digests, int Calls)> ComposeAsync(bool ignoreSchedule, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = CallStatusRules.TodayInParis(clock);
        List<Guid> due;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var active = await db.Alerts.AsNoTracking().Where(a => a.State == AlertState.Active).ToListAsync(cancellationToken).ConfigureAwait(false);
            due = active.Where(a => ignoreSchedule || DigestSchedule.IsDue(a, today, settings.WeeklyDay)).Select(a => a.Id).ToList();
        }

        var (digests, calls) = (0, 0);
        foreach (var id in due)
        {
            try
            {
                var count = await ComposeOneAsync(id, today, ignoreSchedule, cancellationToken).ConfigureAwait(false);
                if (count > 0) (digests, calls) = (digests + 1, calls + count);
            }
            catch (DbUpdateException failure)
            {
                // Another composer advanced this alert first (or it was deleted): its work stands, ours is dropped.
                LogConflict(failure, id);
            }
        }
        return (digests, calls);
    }

    private async Task<int> ComposeOneAsync(Guid alertId, DateOnly today, bool ignoreSchedule, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == alertId, cancellationToken).ConfigureAwait(false);
            if (alert is null || alert.State != AlertState.Active) return 0;
            if (!ignoreSchedule && !DigestSchedule.IsDue(alert, today, settings.WeeklyDay)) return 0;

            var since = Later((alert.Watermark ?? now).AddHours(-settings.OverlapHours), alert.ActiveSince ?? now);
            var (found, unstated) = await NewCallsAsync(alert.Query, since, today, cancellationToken).ConfigureAwait(false);
            var ids = found.Select(c => c.Id).ToList();
            var delivered = await db.DigestCalls.Where(c => c.AlertId == alert.Id && ids.Contains(c.CallId))
                .Select(c => c.CallId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var fresh = found.Where(c => !delivered.Contains(c.Id)).ToList();

            var listed = fresh.Take(settings.MaxCallsPerDigest).ToList();
            var sessions = await NewSessionsAsync(db, alert.Id, since, cancellationToken).ConfigureAwait(false);
            if (listed.Count > 0 || sessions.Count > 0)
            {
                var digest = new AlertDigest { AlertId = alert.Id, ComposedAt = now, MoreCount = fresh.Count - listed.Count };
                digest.Calls.AddRange(listed.Select((call, position) => new DigestCall
                {
                    AlertId = alert.Id,
                    CallId = call.Id,
                    DigestId = digest.Id,
                    Slug = call.Slug,
                    Title = Shorten(call.Title),
                    Funders = Shorten(string.Join(", ", call.Funders.Select(f => f.Label))),
                    Deadline = call.Deadline,
                    PublicUnstated = unstated.Contains(call.Id),
                    PublishedAt = call.PublishedAt,
                    Position = position,
                }));
                foreach (var session in sessions)
                {
                    session.DigestId = digest.Id;
                    session.Position = digest.Calls.Count;
                    digest.Calls.Add(session);
                }
                db.Digests.Add(digest);
            }

            alert.Watermark = now;
            alert.LastDigestOn = today;
            alert.Version = Guid.NewGuid();
            // One SaveChanges is one transaction: the digest, its calls and the watermark exist together or not at all.
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            Plateforme.Data.Faults.FaultPoints.Reach("alerts.digest.after-compose");
            return listed.Count + sessions.Count;
        }
    }

    /// <summary>
    /// The calls this alert already received whose next window opened after their last delivery and was not announced
    /// yet: listed again with the new window's dates, once per window (the row's key holds the window).
    /// </summary>
    private async Task<List<DigestCall>> NewSessionsAsync(AlertsDbContext db, Guid alertId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var opened = await windows.SinceAsync(since, cancellationToken).ConfigureAwait(false);
        if (opened.Count == 0) return [];
        var ids = opened.Select(w => w.CallId).ToList();
        var rows = await db.DigestCalls.AsNoTracking().Where(c => c.AlertId == alertId && ids.Contains(c.CallId))
            .Join(db.Digests.AsNoTracking(), c => c.DigestId, d => d.Id, (c, d) => new { Call = c, d.ComposedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var sessions = new List<DigestCall>();
        foreach (var window in opened)
        {
            var delivered = rows.Where(r => r.Call.CallId == window.CallId).ToList();
            if (delivered.Count == 0) continue;
            var key = window.OpenedAt.UtcTicks;
            if (delivered.Any(r => r.Call.WindowKey == key)) continue;
            // A call first received after its window opened already showed that window's dates.
            if (delivered.Max(r => r.ComposedAt) >= window.OpenedAt) continue;
            var last = delivered.OrderByDescending(r => r.ComposedAt).First().Call;
            sessions.Add(new DigestCall
            {
                AlertId = alertId,
                CallId = window.CallId,
                WindowKey = key,
                NewSession = true,
                Slug = last.Slug,
                Title = last.Title,
                Funders = last.Funders,
                OpensOn = window.OpensOn,
                Deadline = window.Deadline,
                PublicUnstated = last.PublicUnstated,
                PublishedAt = last.PublishedAt,
            });
        }
        return sessions;
    }

    /// <summary>
    /// The matching published calls, newest first, down to <paramref name="since"/> (exclusive); with a beneficiary or
    /// public filter, then the « public non précisé » ones (the set of their ids), read as a tier of their own so
    /// that the date order of the first tier cannot end the reading before them.
    /// </summary>
    private async Task<(List<CallDocument> Calls, HashSet<Guid> Unstated)> NewCallsAsync(string query, DateTimeOffset since, DateOnly today, CancellationToken cancellationToken)
    {
        var search = await searches.ReadAsync(query, cancellationToken).ConfigureAwait(false);
        var calls = NewCalls(search with { IncludeUnstated = false }, since, today);
        var unstated = new HashSet<Guid>();
        if (search.IncludeUnstated && (search.Beneficiaries.Count > 0 || search.Publics.Count > 0))
        {
            var second = NewCalls(search with { IncludeUnstated = false, UnstatedOnly = true }, since, today);
            unstated.UnionWith(second.Select(c => c.Id));
            calls.AddRange(second);
        }
        return (calls, unstated);
    }

    private List<CallDocument> NewCalls(SearchQuery search, DateTimeOffset since, DateOnly today)
    {
        var calls = new List<CallDocument>();
        // Read a few pages beyond the cap: enough to count what the e-mail cannot list.
        var maxPages = options.Value.MaxCallsPerDigest / PageSize + 10;
        for (var page = 1; page <= maxPages; page++)
        {
            var result = index.Search(search with
            {
                Sort = SearchSort.Newest,
                Page = page,
                PageSize = PageSize,
                IncludeFacets = false,
                ExactOnly = true,
                Today = today,
            });
            foreach (var hit in result.Hits)
            {
                if (hit.Call.PublishedAt <= since) return calls;
                calls.Add(hit.Call);
            }
            if (page * PageSize >= result.Total) break;
        }
        return calls;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string Shorten(string text) => text.Length <= 1000 ? text : text[..1000];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest of alert {AlertId} not composed: the alert changed meanwhile")]
    private partial void LogConflict(Exception exception, Guid alertId);
}
