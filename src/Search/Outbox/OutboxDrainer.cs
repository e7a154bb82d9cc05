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
    ILogger<OutboxDrainer> logger)
{
    public const int DefaultBatchSize = 500;

    internal int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Drains until the outbox is empty; returns the number of rows processed.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
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

            var callIds = rows.Select(r => r.CallId).Distinct().ToList();
            var published = await db.FundingCalls.AsNoTracking()
                .Where(c => callIds.Contains(c.Id) && c.State == ModerationState.Published)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var funders = await LoadFundersAsync(db, published, cancellationToken).ConfigureAwait(false);

            var upserts = published.Select(c => documents.TryBuild(c, funders, logger)).OfType<CallDocument>().ToList();
            var kept = upserts.Select(d => d.Id).ToHashSet();
            var deletions = callIds.Where(id => !kept.Contains(id)).ToList();

            if (upserts.Count > 0) await index.UpsertAsync(upserts, cancellationToken).ConfigureAwait(false);
            if (deletions.Count > 0) await index.DeleteAsync(deletions, cancellationToken).ConfigureAwait(false);
            // Durable before the rows go: after a crash here, the rows are still there to replay.
            await index.CommitAsync(cancellationToken).ConfigureAwait(false);
            Plateforme.Data.Faults.FaultPoints.Reach("search.index.after-commit");

            var rowIds = rows.Select(r => r.Id).ToList();
            await db.IndexOutbox.Where(e => rowIds.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            LogBatch(rows.Count, upserts.Count, deletions.Count);
            return rows.Count;
        }
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
