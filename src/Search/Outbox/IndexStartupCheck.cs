using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Elasticsearch;
using Plateforme.Search.Indexing.Lucene;

namespace Plateforme.Search.Outbox;

/// <summary>
/// Run once before the indexer's loop: rebuilds the index when it was lost (new, empty or unreadable folder)
/// or when, after replaying the outbox, it does not hold exactly the published calls of the database.
/// </summary>
public sealed partial class IndexStartupCheck(
    IDbContextFactory<CatalogueDbContext> contexts,
    ISearchIndex index,
    OutboxDrainer drainer,
    IndexRebuilder rebuilder,
    OutboxReplica replica,
    ILogger<IndexStartupCheck> logger)
{

    /// <summary>On one machine (no replica): the outbox rows are consumed.</summary>
    public IndexStartupCheck(IDbContextFactory<CatalogueDbContext> contexts, ISearchIndex index, OutboxDrainer drainer, IndexRebuilder rebuilder, ILogger<IndexStartupCheck> logger)
        : this(contexts, index, drainer, rebuilder, OutboxReplica.Off, logger)
    {
    }

    /// <summary>Returns true when the index had to be rebuilt.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        // A replica away longer than the outbox retention may have missed pruned rows: same as a lost index.
        if (index is LuceneSearchIndex { WasRecreated: true } || replica.IsStale)
        {
            LogRecreated();
            await rebuilder.RebuildAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        // An upgrade changed the Elasticsearch layout: a new index is built while searches read the old one.
        if (index is ElasticsearchSearchIndex { OutdatedLayout: { } outdated })
        {
            LogOutdatedLayout(outdated, IndexTemplate.LayoutVersion);
            await rebuilder.RebuildAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        // Rows left by a crash explain a difference in counts: replay them before comparing.
        await drainer.DrainAsync(cancellationToken).ConfigureAwait(false);
        var health = index.Health();
        if (!health.IsHealthy)
        {
            LogUnhealthy(health.Problem ?? "no detail");
            await rebuilder.RebuildAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        var published = await CountPublishedAsync(cancellationToken).ConfigureAwait(false);
        if (health.DocumentCount == published) return false;

        LogMismatch(health.DocumentCount, published);
        await rebuilder.RebuildAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<int> CountPublishedAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.FundingCalls.CountAsync(c => c.State == ModerationState.Published, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index was created afresh (its folder was missing, empty or unreadable): rebuilding it from the database")]
    private partial void LogRecreated();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Elasticsearch index was created in layout {Stored}, this version writes layout {Expected}: rebuilding it from the database into a new index")]
    private partial void LogOutdatedLayout(string stored, string expected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index reports a problem ({Problem}): rebuilding it from the database")]
    private partial void LogUnhealthy(string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index holds {Documents} calls but the database has {Published} published calls: rebuilding it from the database")]
    private partial void LogMismatch(int documents, int published);
}
