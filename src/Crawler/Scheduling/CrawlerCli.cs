using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Health;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Sources.Fixtures;
using Plateforme.Crawler.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Crawler.Scheduling;

/// <summary>The crawler executable: the scheduled worker, or one verb printing French text (or JSON) and an exit code.</summary>
public static class CrawlerCli
{
    /// <summary>Runs the command line; 0 on success, 1 when the work failed, 2 when the command itself is wrong.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var command = CrawlerCommand.Parse(args);
        if (command.Error is { } error)
        {
            await errors.WriteLineAsync(error).ConfigureAwait(false);
            return 2;
        }

        if (command.Verb == CrawlerCommand.Help)
        {
            await errors.WriteLineAsync(CrawlerCommand.Usage).ConfigureAwait(false);
            return 2;
        }

        if (command.Verb == CrawlerCommand.Validate)
        {
            var valid = await DefinitionFiles.ValidateAsync(command.SourceId!, output).ConfigureAwait(false);
            if (valid != 0 || !(command.Fetch || command.FixturesFolder is not null)) return valid;
        }

        SourceDefinition? fileDefinition = null;
        if (command.Verb is CrawlerCommand.Run or CrawlerCommand.Validate && command.TargetsFile)
        {
            fileDefinition = await DefinitionFiles.LoadAsync(command.SourceId!, errors).ConfigureAwait(false);
            if (fileDefinition is null) return 2;
        }

        FixtureSites? fixtures = null;
        if (command.FixturesFolder is { } folder)
        {
            try
            {
                fixtures = FixtureSites.Start(Path.GetFullPath(folder));
            }
            catch (DirectoryNotFoundException)
            {
                await errors.WriteLineAsync($"Dossier de copies introuvable : « {folder} ».").ConfigureAwait(false);
                return 2;
            }
        }

        using (fixtures)
        {
            using var host = BuildHost(command, fixtures, fileDefinition);
            if (command.IsWorker)
            {
                await host.RunAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }

            if (command.Verb == CrawlerCommand.Validate)
            {
                var definition = fixtures is null ? fileDefinition! : fileDefinition! with { Politeness = new() };
                return await DefinitionCheck.RunAsync(host.Services, definition, command.SourceId!, output, cancellationToken).ConfigureAwait(false);
            }

            var verbs = new CliRunVerbs(host.Services, output, errors, fixtures is not null);
            if (command.DryRun) return await verbs.DryRunAsync(command, fileDefinition, cancellationToken).ConfigureAwait(false);
            await host.Services.GetRequiredService<CrawlerStartup>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            return command.Verb switch
            {
                CrawlerCommand.List => await ListAsync(host.Services, output, cancellationToken).ConfigureAwait(false),
                CrawlerCommand.Run => await verbs.RunAsync(command, fileDefinition, cancellationToken).ConfigureAwait(false),
                _ => await verbs.RunAllAsync(command, cancellationToken).ConfigureAwait(false),
            };
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

    private static IHost BuildHost(CrawlerCommand command, FixtureSites? fixtures, SourceDefinition? fileDefinition)
    {
        var builder = Host.CreateApplicationBuilder([.. command.HostArgs]);
        // The worker's own defaults (quiet EF Core and Quartz logs), beside the binary whatever the working folder.
        var defaults = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "crawler.json"), optional: true).Build();
        builder.Configuration.Sources.Insert(0, new ChainedConfigurationSource { Configuration = defaults });
        if (fixtures is not null)
        {
            var known = SourceRegistry.Load(builder.Configuration[$"{CrawlerSourcesOptions.SectionName}:{nameof(CrawlerSourcesOptions.DefinitionsDirectory)}"]).All;
            builder.Configuration.AddInMemoryCollection(fixtures.Settings(fileDefinition is null ? known : [fileDefinition, .. known.Where(d => d.Id != fileDefinition.Id)]));
        }

        if (!command.IsWorker)
        {
            // Standard output carries the verb's answer (JSON with --json): logs go to standard error.
            builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        builder.AddCrawler();
        if (command.Today is { } today)
        {
            // A replay: pages dated that day, and extraction's "today" that day too; runs and the catalogue keep the real clock.
            builder.Services.Configure<CrawlerSourcesOptions>(options => options.Today = today);
            builder.Services.Replace(ServiceDescriptor.Singleton(_ => new CallNormalizer(new ReplayClock(today, TimeProvider.System))));
        }

        // The verbs never start the host, so only the worker's providers would ever run.
        if (command.IsWorker) builder.AddWorkerTelemetry();
        if (command.DryRun || command.Verb == CrawlerCommand.Validate)
        {
            // A dry run leaves no trace: conditional-GET validators stay in memory.
            builder.Services.Replace(ServiceDescriptor.Singleton<IValidatorStore, InMemoryValidatorStore>());
        }

        if (command.IsWorker) builder.AddCrawlerScheduling();
        return builder.Build();
    }

    private static async Task<int> ListAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var sources = await services.GetRequiredService<SourceStatusQuery>().AllAsync(cancellationToken).ConfigureAwait(false);
        foreach (var source in sources)
        {
            var definition = source.Definition;
            var last = source.LastRun is { } run
                ? string.Create(CultureInfo.InvariantCulture,
                    $"dernier passage le {TimeZoneInfo.ConvertTime(run.StartedAt, ParisTime.Zone):dd/MM/yyyy HH:mm} ({OutcomeText(run.Outcome)}, {run.ItemsFound} élément(s), {run.Errors.Count} erreur(s))")
                : "jamais lancée";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{definition.Id} (rév. {definition.Revision}) — {definition.Name} — {(definition.Enabled ? "activée" : "désactivée")}, « {definition.Schedule} » — {last}{(source.Running ? " — en cours" : "")}")).ConfigureAwait(false);
            await output.WriteLineAsync($"  santé : {source.Health.Label} — {source.Health.Reason}").ConfigureAwait(false);
        }

        return 0;
    }
}
