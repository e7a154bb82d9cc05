using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Outbox;

/// <summary>
/// Applies pending outbox rows to the index: a published call is (re)written from the database's current
/// state, anything else (draft, rejected, merged, deleted) is removed. Rows are deleted only after the index
/// has committed, and only the rows this pass read, so a crash or a concurrent save never loses a change.
/// </summary>
public sealed partial class OutboxDrainer(
    IDbContextFactory<CatalogueDbContext> contexts,
    ISearchIndex index,
    CallDocumentBuilder documents,
    IndexWriteLock writeLock,
    OutboxReplica replica,
    ILogger<OutboxDrainer> logger)
{

    /// <summary>On one machine (no replica): the outbox rows are consumed.</summary>
    public OutboxDrainer(IDbContextFactory<CatalogueDbContext> contexts, ISearchIndex index, CallDocumentBuilder documents, IndexWriteLock writeLock, ILogger<OutboxDrainer> logger)
        : this(contexts, index, documents, writeLock, OutboxReplica.Off, logger)
    {
    }

    public const int DefaultBatchSize = 500;

    internal int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Drains until the outbox is empty; returns the number of rows processed.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        if (replica.Enabled) return await DrainReplicaAsync(cancellationToken).ConfigureAwait(false);
        var total = 0;
        while (true)
        {
            var processed = await DrainBatchAsync(cancellationToken).ConfigureAwait(false);
            total += processed;
            if (processed < BatchSize) return total;
        }
    }

    private async Task<int> DrainBatchAsync(CancellationToken cancellationToken)
    {
        using var turn = await writeLock.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.IndexOutbox.AsNoTracking().OrderBy(e => e.Id).Take(BatchSize)
                .Select(e => new { e.Id, e.CallId }).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0) return 0;

            var (upserted, removed) = await ApplyAsync(db, rows.Select(r => r.CallId), cancellationToken).ConfigureAwait(false);
            Plateforme.Data.Faults.FaultPoints.Reach("search.index.after-commit");

            var rowIds = rows.Select(r => r.Id).ToList();
            await db.IndexOutbox.Where(e => rowIds.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            LogBatch(rows.Count, upserted, removed);
            return rows.Count;
        }
    }

    /// <summary>
    /// One pass of a replica (see <see cref="OutboxReplica"/>): applies the rows after this node's position it has not
    /// applied yet, leaves them in the table, then moves its position over the settled ones and prunes old rows.
    /// </summary>
    private async Task<int> DrainReplicaAsync(CancellationToken cancellationToken)
    {
        using var turn = await writeLock.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var settledBefore = replica.SettledBefore;
            var cursor = replica.Position;
            var settled = replica.Position;
            var settling = true;
            var total = 0;
            while (true)
            {
                var from = cursor;
                var rows = await db.IndexOutbox.AsNoTracking().Where(e => e.Id > from).OrderBy(e => e.Id).Take(BatchSize)
                    .Select(e => new { e.Id, e.CallId, e.EnqueuedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
                if (rows.Count == 0) break;

                var fresh = rows.Where(r => !replica.WasApplied(r.Id)).ToList();
                if (fresh.Count > 0)
                {
                    var (upserted, removed) = await ApplyAsync(db, fresh.Select(r => r.CallId), cancellationToken).ConfigureAwait(false);
                    replica.MarkApplied(fresh.Select(r => r.Id));
                    LogBatch(fresh.Count, upserted, removed);
                }

                foreach (var row in rows)
                {
                    settling = settling && row.EnqueuedAt < settledBefore;
                    if (settling) settled = row.Id;
                }

                total += fresh.Count;
                cursor = rows[^1].Id;
                if (rows.Count < BatchSize) break;
            }

            replica.Advance(settled);
            if (replica.PruneDue())
            {
                var before = replica.PruneBefore;
                await db.IndexOutbox.Where(e => e.EnqueuedAt < before).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            return total;
        }
    }

    /// <summary>Writes the calls' current state to the index (published: upserted; anything else: removed) and commits.</summary>
    private async Task<(int Upserted, int Removed)> ApplyAsync(CatalogueDbContext db, IEnumerable<Guid> calls, CancellationToken cancellationToken)
    {
        var callIds = calls.Distinct().ToList();
        var published = await db.FundingCalls.AsNoTracking()
            .Where(c => callIds.Contains(c.Id) && c.State == ModerationState.Published)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var funders = await LoadFundersAsync(db, published, cancellationToken).ConfigureAwait(false);

        var upserts = published.Select(c => documents.TryBuild(c, funders, logger)).OfType<CallDocument>().ToList();
        var kept = upserts.Select(d => d.Id).ToHashSet();
        var deletions = callIds.Where(id => !kept.Contains(id)).ToList();

        if (upserts.Count > 0) await index.UpsertAsync(upserts, cancellationToken).ConfigureAwait(false);
        if (deletions.Count > 0) await index.DeleteAsync(deletions, cancellationToken).ConfigureAwait(false);
        // Durable before the rows go (or the position moves): after a crash here, the rows are still there to replay.
        await index.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (upserts.Count, deletions.Count);
    }

    internal static async Task<Dictionary<string, Funder>> LoadFundersAsync(
        CatalogueDbContext db, IEnumerable<FundingCall> calls, CancellationToken cancellationToken)
    {
        var slugs = calls.SelectMany(c => c.Funders).Distinct(StringComparer.Ordinal).ToList();
        if (slugs.Count == 0) return new Dictionary<string, Funder>(StringComparer.Ordinal);
        return await db.Funders.AsNoTracking().Where(f => slugs.Contains(f.Slug))
            .ToDictionaryAsync(f => f.Slug, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox batch applied: {Rows} rows, {Upserted} calls indexed, {Removed} removed")]
    private partial void LogBatch(int rows, int upserted, int removed);
}
