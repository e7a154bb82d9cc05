using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Crawler.Scheduling;

/// <summary>The crawler executable's verbs, printing French summaries; the worker verb runs the host until stopped.</summary>
public static class CrawlerCli
{
    public static async Task<int> ExecuteAsync(IHost host, CrawlerCommand command, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(output);
        if (command.IsWorker)
        {
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var services = host.Services;
        if (command.Verb is not (CrawlerCommand.List or CrawlerCommand.Run or CrawlerCommand.RunAll))
        {
            await output.WriteLineAsync(CrawlerCommand.Usage).ConfigureAwait(false);
            return 2;
        }

        await services.GetRequiredService<CrawlerMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        var runner = services.GetRequiredService<CrawlRunner>();
        switch (command.Verb)
        {
            case CrawlerCommand.List:
                await ListAsync(services, output, cancellationToken).ConfigureAwait(false);
                return 0;
            case CrawlerCommand.Run:
                var run = await runner.RunAsync(command.SourceId!, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(Summary(run)).ConfigureAwait(false);
                return run.Outcome is CrawlRunOutcome.Succeeded or CrawlRunOutcome.PartiallySucceeded ? 0 : 1;
            default:
                var runs = await runner.RunAllAsync(cancellationToken).ConfigureAwait(false);
                foreach (var each in runs) await output.WriteLineAsync(Summary(each)).ConfigureAwait(false);
                return runs.All(r => r.Outcome is CrawlRunOutcome.Succeeded or CrawlRunOutcome.PartiallySucceeded) ? 0 : 1;
        }
    }

    /// <summary>"appelaprojets : réussi en 4 s — 4 pages (0 inchangée), 8 éléments : 8 créés, 0 mis à jour, …".</summary>
    public static string Summary(CrawlRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var seconds = run.EndedAt is { } ended ? (int)Math.Round((ended - run.StartedAt).TotalSeconds) : 0;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{run.SourceId} : {OutcomeText(run.Outcome)} en {seconds} s — {run.PagesFetched} page(s) lue(s), {run.PagesNotModified} inchangée(s), "
            + $"{run.ItemsFound} élément(s) : {run.CallsCreated} créé(s), {run.CallsUpdated} mis à jour, {run.CallsUnchanged} inchangé(s), "
            + $"{run.CallsPendingReview} en attente de validation, {run.CallsWithdrawn} retiré(s), {run.DeadLinks} lien(s) mort(s), {run.Errors.Count} erreur(s).");
        return run.Errors.Count == 0 ? text : text + Environment.NewLine + string.Join(Environment.NewLine, run.Errors.Select(e => "  - " + e));
    }

    public static string OutcomeText(CrawlRunOutcome outcome) => outcome switch
    {
        CrawlRunOutcome.Succeeded => "réussi",
        CrawlRunOutcome.PartiallySucceeded => "réussi en partie",
        CrawlRunOutcome.Failed => "échec",
        CrawlRunOutcome.Cancelled => "interrompu",
        _ => "en cours",
    };

    private static async Task ListAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var definitions = await services.GetRequiredService<SourceDefinitionStore>().LoadAllAsync(cancellationToken).ConfigureAwait(false);
        var latest = await services.GetRequiredService<CrawlRunHistory>().LatestRunsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var definition in definitions)
        {
            var last = latest.TryGetValue(definition.Id, out var run)
                ? string.Create(CultureInfo.InvariantCulture,
                    $"dernier passage le {TimeZoneInfo.ConvertTime(run.StartedAt, ParisTime.Zone):dd/MM/yyyy HH:mm} ({OutcomeText(run.Outcome)}, {run.ItemsFound} élément(s), {run.Errors.Count} erreur(s))")
                : "jamais lancée";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{definition.Id} (rév. {definition.Revision}) — {definition.Name} — {(definition.Enabled ? "activée" : "désactivée")}, « {definition.Schedule} » — {last}")).ConfigureAwait(false);
        }
    }
}
