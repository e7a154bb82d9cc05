using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Health;

/// <summary>
/// The read side of sources for people: every stored source with its computed <see cref="SourceHealth"/>, or one with
/// its history. A run is "in progress" when this process runs it, or when another process (a standalone worker)
/// recorded a start without an end in the last <see cref="StaleRunAfter"/>.
/// </summary>
public sealed class SourceStatusQuery(
    SourceDefinitionStore definitions, CrawlRunHistory history, RunningSources runner, IDbContextFactory<CrawlerDbContext> contexts, TimeProvider clock)
{
    /// <summary>Runs considered for the health (the median needs a few, the failure rule three).</summary>
    public const int RunsForHealth = 20;

    public static readonly TimeSpan StaleRunAfter = TimeSpan.FromHours(6);

    public async Task<IReadOnlyList<SourceStatus>> AllAsync(CancellationToken cancellationToken = default)
    {
        var sources = await definitions.LoadAllAsync(cancellationToken).ConfigureAwait(false);
        var deadLinks = await DeadLinkCountsAsync(cancellationToken).ConfigureAwait(false);
        var statuses = new List<SourceStatus>(sources.Count);
        foreach (var definition in sources)
        {
            var runs = await history.RunsOfAsync(definition.Id, RunsForHealth, cancellationToken).ConfigureAwait(false);
            statuses.Add(StatusOf(definition, runs, deadLinks.GetValueOrDefault(definition.Id)));
        }

        return statuses;
    }

    /// <summary>One source, or null when no definition has this id.</summary>
    public async Task<SourceStatusDetail?> FindAsync(string sourceId, int historySize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        SourceDefinition? definition;
        try
        {
            definition = await definitions.FindAsync(sourceId, cancellationToken).ConfigureAwait(false);
        }
        catch (SourceDefinitionException)
        {
            return null;
        }

        if (definition is null) return null;
        var runs = await history.RunsOfAsync(sourceId, Math.Max(historySize, RunsForHealth), cancellationToken).ConfigureAwait(false);
        var dead = await history.DeadLinksAsync(sourceId, cancellationToken).ConfigureAwait(false);
        return new SourceStatusDetail(StatusOf(definition, runs, dead.Count), [.. runs.Take(historySize)], dead);
    }

    private SourceStatus StatusOf(SourceDefinition definition, IReadOnlyList<CrawlRun> runs, int deadLinks)
    {
        var last = runs.Count > 0 ? runs[0] : null;
        var running = runner.IsRunning(definition.Id)
            || (last is { Outcome: CrawlRunOutcome.Running, EndedAt: null } && clock.GetUtcNow() - last.StartedAt < StaleRunAfter);
        var lastFinished = runs.FirstOrDefault(r => r.Outcome != CrawlRunOutcome.Running);
        return new SourceStatus(definition, SourceHealthRules.Evaluate(definition.Enabled, runs), lastFinished, running, deadLinks);
    }

    private async Task<Dictionary<string, int>> DeadLinkCountsAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.ItemPresence.AsNoTracking().Where(p => p.LinkDeadSince != null).GroupBy(p => p.SourceId)
                .Select(g => new { SourceId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.SourceId, g => g.Count, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        }
    }
}
