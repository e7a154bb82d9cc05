using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// Runs one source end to end: definition → connector → normaliser → catalogue, then presence and withdrawals,
/// and records the run. A source's failure is written into its <see cref="CrawlRun"/>, never thrown: one broken
/// site must not stop the schedule or the others. A source never runs twice at once in this process: asking for a
/// source already running joins that run (the scheduler and the admin's "run now" cannot overlap).
/// </summary>
public sealed partial class CrawlRunner(
    SourceDefinitionStore definitions,
    SourceReader reader,
    CallNormalizer normalizer,
    CatalogueMerger merger,
    SourceLifecycle lifecycle,
    RunningSources running,
    IDbContextFactory<CrawlerDbContext> contexts,
    IOptions<CrawlerOptions> options,
    TimeProvider clock,
    ILogger<CrawlRunner> logger)
{
    /// <summary>Runs the stored definition of a source (or joins its run in progress).</summary>
    public Task<CrawlRun> RunAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        return StartOrJoin(sourceId, cancellationToken).Run;
    }

    /// <summary>Runs a given definition (a file not stored yet, or a stored one adjusted), telling <paramref name="onCall"/> each call it merged.</summary>
    public Task<CrawlRun> RunAsync(SourceDefinition definition, Action<NormalizedCall>? onCall, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return running.StartOrJoin(definition.Id, () => RunOnceAsync(definition.Id, definition, onCall, cancellationToken)).Run;
    }

    /// <summary>Whether a run of the source is in progress in this process.</summary>
    public bool IsRunning(string sourceId) => running.IsRunning(sourceId);

    /// <summary>Starts a run of the stored definition unless one is in progress; <c>Started</c> says which.</summary>
    public (Task<CrawlRun> Run, bool Started) StartOrJoin(string sourceId, CancellationToken cancellationToken) =>
        running.StartOrJoin(sourceId, () => RunOnceAsync(sourceId, null, null, cancellationToken));

    private async Task<CrawlRun> RunOnceAsync(string sourceId, SourceDefinition? given, Action<NormalizedCall>? onCall, CancellationToken cancellationToken)
    {
        using var activity = CrawlerTelemetry.StartRun(sourceId);
        var started = Stopwatch.GetTimestamp();
        var run = new CrawlRun { SourceId = sourceId, StartedAt = clock.GetUtcNow() };
        await SaveAsync(run, CancellationToken.None).ConfigureAwait(false);
        await AbandonedRuns.CloseAsync(contexts, run).ConfigureAwait(false);
        var diagnostics = new SourceRunDiagnostics();
        var itemErrors = new List<string>();
        try
        {
            var definition = given ?? await definitions.FindAsync(sourceId, cancellationToken).ConfigureAwait(false);
            if (definition is null)
            {
                itemErrors.Add($"Source inconnue : « {sourceId} ».");
                run.Outcome = CrawlRunOutcome.Failed;
                return run;
            }

            run.SourceRevision = definition.Revision;
            var seen = await ReadAndMergeAsync(definition, run, diagnostics, itemErrors, onCall, cancellationToken).ConfigureAwait(false);
            // A detail page answering 404/410 is news about that item, not a gap in the listing: the run still saw the whole source.
            run.Complete = diagnostics.Errors.Count - diagnostics.GonePages.Count == 0 && itemErrors.Count == 0 && diagnostics.PagesNotModified == 0;
            run.CallsWithdrawn = await lifecycle.RecordRunAsync(sourceId, seen, run.Complete, diagnostics.GonePages, cancellationToken).ConfigureAwait(false);
            run.Outcome = run.Complete && diagnostics.Errors.Count == 0 ? CrawlRunOutcome.Succeeded
                : seen.Count > 0 || diagnostics.PagesFetched > 0 || diagnostics.PagesNotModified > 0 ? CrawlRunOutcome.PartiallySucceeded
                : CrawlRunOutcome.Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run.Outcome = CrawlRunOutcome.Cancelled;
            itemErrors.Add("Passage interrompu avant la fin.");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogRunFailed(ex, sourceId);
            run.Outcome = CrawlRunOutcome.Failed;
            itemErrors.Add($"Échec du passage : {ex.Message}");
        }
        finally
        {
            run.PagesFetched = diagnostics.PagesFetched;
            run.PagesNotModified = diagnostics.PagesNotModified;
            run.ItemsFound = diagnostics.ItemsFound;
            run.DeadLinks = diagnostics.GonePages.Count;
            run.Errors = [.. diagnostics.Errors, .. itemErrors];
            run.EndedAt = clock.GetUtcNow();
            await SaveAsync(run, CancellationToken.None).ConfigureAwait(false);
            CrawlerTelemetry.RecordRun(activity, run, Stopwatch.GetElapsedTime(started));
            LogRunEnded(sourceId, run.Outcome, run.CallsCreated, run.CallsUpdated, run.CallsPendingReview, run.CallsWithdrawn, run.Errors.Count);
        }

        return run;
    }

    /// <summary>Every enabled source, a few at a time (each host keeps its own politeness).</summary>
    public Task<IReadOnlyList<CrawlRun>> RunAllAsync(CancellationToken cancellationToken = default) => RunAllAsync(null, null, cancellationToken);

    /// <summary>Every enabled source, each definition passed through <paramref name="adjust"/> first (the fixture mode drops politeness delays).</summary>
    public async Task<IReadOnlyList<CrawlRun>> RunAllAsync(
        Func<SourceDefinition, SourceDefinition>? adjust, Action<NormalizedCall>? onCall, CancellationToken cancellationToken = default)
    {
        var enabled = (await definitions.LoadAllAsync(cancellationToken).ConfigureAwait(false)).Where(d => d.Enabled).ToList();
        var runs = new CrawlRun[enabled.Count];
        await Parallel.ForAsync(0, enabled.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Value.ParallelSources, CancellationToken = cancellationToken },
            async (i, token) => runs[i] = adjust is null && onCall is null
                ? await RunAsync(enabled[i].Id, token).ConfigureAwait(false)
                : await RunAsync(adjust is null ? enabled[i] : adjust(enabled[i]), onCall, token).ConfigureAwait(false)).ConfigureAwait(false);
        return runs;
    }

    private async Task<List<SeenItem>> ReadAndMergeAsync(
        SourceDefinition definition, CrawlRun run, SourceRunDiagnostics diagnostics, List<string> itemErrors, Action<NormalizedCall>? onCall,
        CancellationToken cancellationToken)
    {
        var policy = new SourcePolicy(definition.Id, definition.Funder.Name, definition.Funder.Slug, options.Value.TrustedSources.Contains(definition.Id, StringComparer.Ordinal));
        var context = ContextOf(definition);
        var seen = new Dictionary<string, SeenItem>(StringComparer.Ordinal);
        (run.CallsExtracted, run.CallsWithDeadline, run.CallsWithAmount) = (0, 0, 0);
        await foreach (var raw in reader.ReadAsync(definition, diagnostics, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var (normalized, details) = SourceStructure.Apply(raw, normalizer.Normalize(raw, context));
                CountFields(run, normalized);
                var result = await merger.MergeAsync(normalized, policy, details, cancellationToken).ConfigureAwait(false);
                onCall?.Invoke(normalized);
                seen[raw.ExternalId] = new SeenItem(raw.ExternalId, result.CallId, CatalogueMerger.ListingUrl(normalized));
                switch (result.Outcome)
                {
                    case MergeOutcome.Created: run.CallsCreated++; break;
                    case MergeOutcome.Updated: run.CallsUpdated++; break;
                    case MergeOutcome.PendingReview: run.CallsPendingReview++; break;
                    default: run.CallsUnchanged++; break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                LogItemFailed(ex, definition.Id, raw.ExternalId);
                itemErrors.Add($"« {raw.Title} » ({raw.Url}) : enregistrement impossible ({ex.Message}).");
            }
        }

        return [.. seen.Values];
    }

    /// <summary>How many calls carry a deadline and an amount: a drop against earlier runs is the « champs manquants » health.</summary>
    private static void CountFields(CrawlRun run, NormalizedCall call)
    {
        run.CallsExtracted = (run.CallsExtracted ?? 0) + 1;
        var dated = call.Deadline is not null || call.Recurrence == Search.Catalogue.Recurrence.Permanent;
        run.CallsWithDeadline = (run.CallsWithDeadline ?? 0) + (dated ? 1 : 0);
        var amount = call.MaxAmountCents ?? call.MinAmountCents ?? call.EnvelopeCents ?? call.RateMaxPercent;
        run.CallsWithAmount = (run.CallsWithAmount ?? 0) + (amount is null ? 0 : 1);
    }

    /// <summary>What the normaliser knows of a source beyond its items: the same for a run and a dry run.</summary>
    public static SourceContext ContextOf(SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new SourceContext(definition.Id, definition.Funder.Slug, definition.DefaultTerritory, definition.Licence);
    }

    private async Task SaveAsync(CrawlRun run, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (run.Id == 0) db.CrawlRuns.Add(run);
            else db.CrawlRuns.Update(run);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Crawl of {SourceId} failed")]
    private partial void LogRunFailed(Exception exception, string sourceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Item {ExternalId} of {SourceId} could not be merged")]
    private partial void LogItemFailed(Exception exception, string sourceId, string externalId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl of {SourceId} ended {Outcome}: {Created} created, {Updated} updated, {PendingReview} pending review, {Withdrawn} withdrawn, {Errors} errors")]
    private partial void LogRunEnded(string sourceId, CrawlRunOutcome outcome, int created, int updated, int pendingReview, int withdrawn, int errors);
}
