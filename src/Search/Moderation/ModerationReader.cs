using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Moderation;

/// <summary>What the moderation pages read: the queue, one call or pending change, the journal.</summary>
public sealed class ModerationReader(IDbContextFactory<CatalogueDbContext> contexts)
{
    /// <summary>How many items of each part the queue shows at once.</summary>
    public const int QueueLimit = 100;

    public Task<ModerationQueue> QueueAsync(CancellationToken cancellationToken = default) => QueueAsync(null, cancellationToken);

    /// <summary>The queue of the calls whose lead territory is one of <paramref name="territories"/> (null: every call).</summary>
    public async Task<ModerationQueue> QueueAsync(IReadOnlyCollection<string>? territories, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var scope = territories?.ToArray();
            var calls = scope is null ? db.FundingCalls.AsNoTracking() : db.FundingCalls.AsNoTracking().Where(c => scope.Contains(c.Territory));
            var waiting = calls.Where(c => c.State == ModerationState.ToReview);
            var submitted = waiting.Where(c => c.SubmittedByOrganisationId != null || c.RelayedByStructureId != null);
            var imported = waiting.Where(c => c.SubmittedByOrganisationId == null && c.RelayedByStructureId == null);
            var submittedRows = await submitted.OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id).Take(QueueLimit)
                .Select(c => new { c.Id, c.Title, c.Funders, Since = c.SubmittedAt ?? c.UpdatedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var importedRows = await imported.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(QueueLimit)
                .Select(c => new { c.Id, c.Title, c.Funders, Since = c.CreatedAt, Source = c.Sources.OrderBy(s => s.FirstSeenAt).Select(s => s.SourceId).FirstOrDefault() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var changes = PendingChanges(db);
            if (scope is not null) changes = changes.Where(x => scope.Contains(x.Territory));
            var changeRows = await changes.OrderBy(x => x.Change.Id).Take(QueueLimit).ToListAsync(cancellationToken).ConfigureAwait(false);
            return new ModerationQueue(
                [.. submittedRows.Select(r => new ReviewItem(r.Id, r.Title, ReviewOrigin.Submitted, r.Since, r.Funders, null))],
                await submitted.CountAsync(cancellationToken).ConfigureAwait(false),
                [.. importedRows.Select(r => new ReviewItem(r.Id, r.Title, ReviewOrigin.Imported, r.Since, r.Funders, r.Source))],
                await imported.CountAsync(cancellationToken).ConfigureAwait(false),
                [.. changeRows.Select(r => ToPending(r.Change, r.Title, r.Slug))],
                await changes.CountAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>A call in any state, with its sources and history, for the review page.</summary>
    public async Task<FundingCall?> FindCallAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.FundingCalls.AsNoTracking().AsSplitQuery().Include(c => c.Sources).Include(c => c.History)
                .FirstOrDefaultAsync(c => c.Id == callId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The funders a call names, by slug, for its preview.</summary>
    public async Task<Dictionary<string, Funder>> FundersAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Funders.AsNoTracking().Where(f => slugs.Contains(f.Slug))
                .ToDictionaryAsync(f => f.Slug, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A source's proposal that still waits (not decided, not replaced by a newer one of the same source).</summary>
    public async Task<PendingChange?> FindPendingAsync(long changeId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await PendingChanges(db).FirstOrDefaultAsync(x => x.Change.Id == changeId, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToPending(row.Change, row.Title, row.Slug);
        }
    }

    public Task<JournalPage> JournalAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
        JournalAsync(page, pageSize, null, cancellationToken);

    /// <summary>The decisions on calls whose lead territory is one of <paramref name="territories"/> (null: every decision).</summary>
    public async Task<JournalPage> JournalAsync(int page, int pageSize, IReadOnlyCollection<string>? territories, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var scope = territories?.ToArray();
            var all = db.ModerationRecords.AsNoTracking();
            if (scope is not null) all = all.Where(r => db.FundingCalls.Any(c => c.Id == r.CallId && scope.Contains(c.Territory)));
            var total = await all.CountAsync(cancellationToken).ConfigureAwait(false);
            var records = await all.OrderByDescending(r => r.Id)
                .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            return new JournalPage(records, total, page, pageSize);
        }
    }

    /// <summary>The records of one call, oldest first (its review page shows them).</summary>
    public async Task<IReadOnlyList<ModerationRecord>> RecordsOfAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.ModerationRecords.AsNoTracking().Where(r => r.CallId == callId).OrderBy(r => r.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What the catalogue holds about a person (RGPD export): the calls they posted, how many decisions they took.</summary>
    public async Task<(IReadOnlyList<FundingCall> Calls, int Decisions)> OfPersonAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var calls = await db.FundingCalls.AsNoTracking().Where(c => c.SubmittedByUserId == userId).OrderBy(c => c.CreatedAt)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var decisions = await db.ModerationRecords.CountAsync(r => r.ModeratorId == userId, cancellationToken).ConfigureAwait(false);
            return (calls, decisions);
        }
    }

    internal static IQueryable<PendingRow> PendingChanges(CatalogueDbContext db) =>
        from change in db.CallChanges.AsNoTracking()
        join call in db.FundingCalls.AsNoTracking() on change.CallId equals call.Id
        where change.Kind == CallChangeKind.PendingReview
              && call.State == ModerationState.Published
              && !db.ModerationRecords.Any(r => r.ChangeId == change.Id)
              && !db.CallChanges.Any(o => o.CallId == change.CallId && o.Actor == change.Actor && o.Kind == CallChangeKind.PendingReview && o.Id > change.Id)
        select new PendingRow { Change = change, Title = call.Title, Slug = call.Slug, Territory = call.Territory };

    private static PendingChange ToPending(CallChange change, string title, string slug) =>
        new(change.Id, change.CallId, title, slug, change.Actor, change.At, change.Reason, FieldChange.Parse(change.DiffJson));

    internal sealed class PendingRow
    {
        public required CallChange Change { get; init; }
        public required string Title { get; init; }
        public required string Slug { get; init; }
        public string Territory { get; init; } = "";
    }
}
