using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Outbox;

/// <summary>
/// Recreates the whole index from the database, the source of truth: used by the startup check,
/// the "rebuild-index" command and the admin action. The outbox is left alone: replaying it afterwards is harmless.
/// </summary>
public sealed partial class IndexRebuilder(
    IDbContextFactory<CatalogueDbContext> contexts,
    ISearchIndex index,
    CallDocumentBuilder documents,
    IndexWriteLock writeLock,
    OutboxReplica replica,
    ILogger<IndexRebuilder> logger)
{

    /// <summary>On one machine (no replica): the outbox rows are consumed.</summary>
    public IndexRebuilder(IDbContextFactory<CatalogueDbContext> contexts, ISearchIndex index, CallDocumentBuilder documents, IndexWriteLock writeLock, ILogger<IndexRebuilder> logger)
        : this(contexts, index, documents, writeLock, OutboxReplica.Off, logger)
    {
    }

    public const int BatchSize = 500;

    /// <summary>Returns the number of calls indexed.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        using var turn = await writeLock.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // Funders are few: one dictionary serves every batch.
            var funders = await db.Funders.AsNoTracking()
                .ToDictionaryAsync(f => f.Slug, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            // A replica follows the outbox from here: what was enqueued (and committed) before the snapshot is in it.
            var settledBefore = replica.SettledBefore;
            var settled = replica.Enabled
                ? await db.IndexOutbox.Where(e => e.EnqueuedAt < settledBefore).MaxAsync(e => (long?)e.Id, cancellationToken).ConfigureAwait(false)
                : null;
            await index.ClearAsync(cancellationToken).ConfigureAwait(false);

            var count = 0;
            var batch = new List<CallDocument>(BatchSize);
            var published = db.FundingCalls.AsNoTracking()
                .Where(c => c.State == ModerationState.Published)
                .OrderBy(c => c.Id)
                .AsAsyncEnumerable()
                .WithCancellation(cancellationToken)
                .ConfigureAwait(false);
            await foreach (var call in published)
            {
                if (documents.TryBuild(call, funders, logger) is { } document) batch.Add(document);
                if (batch.Count < BatchSize) continue;
                await index.UpsertAsync(batch, cancellationToken).ConfigureAwait(false);
                count += batch.Count;
                batch = new List<CallDocument>(BatchSize);
            }

            if (batch.Count > 0) await index.UpsertAsync(batch, cancellationToken).ConfigureAwait(false);
            count += batch.Count;
            await index.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (replica.Enabled) replica.ResetAfterRebuild(settled ?? 0);
            LogRebuilt(count, watch.ElapsedMilliseconds);
            return count;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index rebuilt from the database: {Count} calls in {Elapsed} ms")]
    private partial void LogRebuilt(int count, long elapsed);
}
