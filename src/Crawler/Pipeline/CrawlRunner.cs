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
/// site must not stop the schedule or the others.
/// </summary>
public sealed partial class CrawlRunner(
    SourceDefinitionStore definitions,
    SourceReader reader,
    CallNormalizer normalizer,
    CatalogueMerger merger,
    SourceLifecycle lifecycle,
    IDbContextFactory<CrawlerDbContext> contexts,
    IOptions<CrawlerOptions> options,
    TimeProvider clock,
    ILogger<CrawlRunner> logger)
{
    public async Task<CrawlRun> RunAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        var run = new CrawlRun { SourceId = sourceId, StartedAt = clock.GetUtcNow() };
        await SaveAsync(run, CancellationToken.None).ConfigureAwait(false);
        var diagnostics = new SourceRunDiagnostics();
        var itemErrors = new List<string>();
        try
        {
            var definition = await definitions.FindAsync(sourceId, cancellationToken).ConfigureAwait(false);
            if (definition is null)
            {
                itemErrors.Add($"Source inconnue : « {sourceId} ».");
                run.Outcome = CrawlRunOutcome.Failed;
                return run;
            }

            run.SourceRevision = definition.Revision;
            var seen = await ReadAndMergeAsync(definition, run, diagnostics, itemErrors, cancellationToken).ConfigureAwait(false);
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
            LogRunEnded(sourceId, run.Outcome, run.CallsCreated, run.CallsUpdated, run.CallsPendingReview, run.CallsWithdrawn, run.Errors.Count);
        }

        return run;
    }

    /// <summary>Every enabled source, a few at a time (each host keeps its own politeness).</summary>
    public async Task<IReadOnlyList<CrawlRun>> RunAllAsync(CancellationToken cancellationToken = default)
    {
        var enabled = (await definitions.LoadAllAsync(cancellationToken).ConfigureAwait(false)).Where(d => d.Enabled).Select(d => d.Id).ToList();
        var runs = new CrawlRun[enabled.Count];
        await Parallel.ForAsync(0, enabled.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Value.ParallelSources, CancellationToken = cancellationToken },
            async (i, token) => runs[i] = await RunAsync(enabled[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return runs;
    }

    private async Task<List<SeenItem>> ReadAndMergeAsync(
        SourceDefinition definition, CrawlRun run, SourceRunDiagnostics diagnostics, List<string> itemErrors, CancellationToken cancellationToken)
    {
        var policy = new SourcePolicy(definition.Id, definition.Funder.Name, definition.Funder.Slug, options.Value.TrustedSources.Contains(definition.Id, StringComparer.Ordinal));
        var context = new SourceContext(definition.Id, definition.Funder.Slug, definition.DefaultTerritory, definition.Licence);
        var seen = new Dictionary<string, SeenItem>(StringComparer.Ordinal);
        await foreach (var raw in reader.ReadAsync(definition, diagnostics, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var normalized = normalizer.Normalize(raw, context);
                var result = await merger.MergeAsync(normalized, policy, cancellationToken).ConfigureAwait(false);
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
