using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Scheduling;

/// <summary>The <c>run</c> verbs: a real run (catalogue and run record written) or a dry run (nothing written), in French or JSON.</summary>
internal sealed class CliRunVerbs(IServiceProvider services, TextWriter output, TextWriter errors, bool fixtureMode)
{
    public async Task<int> DryRunAsync(CrawlerCommand command, SourceDefinition? fileDefinition, CancellationToken cancellationToken)
    {
        // Never the database: a dry run of an id reads the definition files (shipped, or Crawler:Sources:DefinitionsDirectory).
        var registry = services.GetRequiredService<SourceRegistry>();
        IReadOnlyList<SourceDefinition> definitions;
        if (command.Verb == CrawlerCommand.RunAll) definitions = registry.Enabled;
        else if ((fileDefinition ?? registry.Find(command.SourceId!)) is { } definition) definitions = [definition];
        else return await UnknownAsync(command.SourceId!).ConfigureAwait(false);

        var dryRun = services.GetRequiredService<SourceDryRun>();
        var reports = new List<CliReport>();
        foreach (var definition in definitions)
        {
            var result = await dryRun.RunAsync(Adjust(definition), cancellationToken).ConfigureAwait(false);
            reports.Add(new CliReport
            {
                Source = result.SourceId,
                DryRun = true,
                PagesFetched = result.Diagnostics.PagesFetched,
                PagesNotModified = result.Diagnostics.PagesNotModified,
                ItemsFound = result.Diagnostics.ItemsFound,
                Errors = result.Errors,
                Calls = [.. result.Calls.Select(Printable)],
            });
        }

        await WriteAsync(command, reports).ConfigureAwait(false);
        return reports.All(r => r.Calls.Count > 0 || r.Errors.Count == 0) ? 0 : 1;
    }

    public async Task<int> RunAsync(CrawlerCommand command, SourceDefinition? fileDefinition, CancellationToken cancellationToken)
    {
        var runner = services.GetRequiredService<CrawlRunner>();
        var calls = new ConcurrentQueue<NormalizedCall>();
        CrawlRun run;
        if (fileDefinition is null && !fixtureMode && !command.Json)
        {
            run = await runner.RunAsync(command.SourceId!, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var definition = fileDefinition;
            try
            {
                definition ??= await services.GetRequiredService<SourceDefinitionStore>().FindAsync(command.SourceId!, cancellationToken).ConfigureAwait(false);
            }
            catch (SourceDefinitionException invalid)
            {
                await errors.WriteLineAsync(invalid.Message).ConfigureAwait(false);
                return 1;
            }

            if (definition is null) return await UnknownAsync(command.SourceId!).ConfigureAwait(false);
            run = await runner.RunAsync(Adjust(definition), calls.Enqueue, cancellationToken).ConfigureAwait(false);
        }

        await WriteRunsAsync(command, [run], calls).ConfigureAwait(false);
        return Succeeded(run) ? 0 : 1;
    }

    public async Task<int> RunAllAsync(CrawlerCommand command, CancellationToken cancellationToken)
    {
        var calls = new ConcurrentQueue<NormalizedCall>();
        var runs = await services.GetRequiredService<CrawlRunner>().RunAllAsync(
            fixtureMode ? Adjust : null, command.Json ? calls.Enqueue : null, cancellationToken).ConfigureAwait(false);
        await WriteRunsAsync(command, runs, calls).ConfigureAwait(false);
        return runs.All(Succeeded) ? 0 : 1;
    }

    private static bool Succeeded(CrawlRun run) => run.Outcome is CrawlRunOutcome.Succeeded or CrawlRunOutcome.PartiallySucceeded;

    /// <summary>The local copies need no politeness: the definitions' delays are for the real servers.</summary>
    private SourceDefinition Adjust(SourceDefinition definition) => fixtureMode ? definition with { Politeness = new() } : definition;

    private static NormalizedCall Printable(NormalizedCall call) => call with { RawPayload = null };

    private async Task<int> UnknownAsync(string sourceId)
    {
        await errors.WriteLineAsync($"Source inconnue : « {sourceId} ». La commande « list » donne les sources connues.").ConfigureAwait(false);
        return 2;
    }

    private async Task WriteRunsAsync(CrawlerCommand command, IReadOnlyList<CrawlRun> runs, ConcurrentQueue<NormalizedCall> calls)
    {
        if (!command.Json)
        {
            foreach (var run in runs) await output.WriteLineAsync(CrawlerCli.Summary(run)).ConfigureAwait(false);
            return;
        }

        var bySource = calls.ToLookup(c => c.SourceId, StringComparer.Ordinal);
        await WriteAsync(command, [.. runs.Select(run => new CliReport
        {
            Source = run.SourceId,
            Outcome = run.Outcome.ToString(),
            PagesFetched = run.PagesFetched,
            PagesNotModified = run.PagesNotModified,
            ItemsFound = run.ItemsFound,
            Errors = run.Errors,
            Calls = [.. bySource[run.SourceId].Select(Printable)],
        })]).ConfigureAwait(false);
    }

    private async Task WriteAsync(CrawlerCommand command, IReadOnlyList<CliReport> reports)
    {
        if (command.Json)
        {
            // One source: one object; --all: an array.
            var json = command.Verb == CrawlerCommand.RunAll
                ? JsonSerializer.Serialize(reports, CliReport.JsonOptions)
                : JsonSerializer.Serialize(reports[0], CliReport.JsonOptions);
            await output.WriteLineAsync(json).ConfigureAwait(false);
            return;
        }

        foreach (var report in reports)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{report.Source} (essai, rien n'est enregistré) : {report.PagesFetched} page(s) lue(s), {report.ItemsFound} élément(s), {report.Calls.Count} appel(s) extrait(s), {report.Errors.Count} erreur(s).")).ConfigureAwait(false);
            foreach (var call in report.Calls)
            {
                var deadline = call.Deadline is { } day ? day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "sans date limite";
                var amount = call.MaxAmountCents is { } max ? string.Create(CultureInfo.InvariantCulture, $", jusqu'à {max / 100} €") : "";
                await output.WriteLineAsync($"  - {call.Title} — {deadline}{amount} — {call.OriginUrl}").ConfigureAwait(false);
            }

            foreach (var error in report.Errors) await output.WriteLineAsync("  ! " + error).ConfigureAwait(false);
        }
    }
}
