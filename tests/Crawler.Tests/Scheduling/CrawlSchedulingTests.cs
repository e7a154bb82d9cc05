using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Scheduling;
using Plateforme.Crawler.Sources;
using Quartz;

namespace Plateforme.Crawler.Tests.Scheduling;

public sealed class CrawlSchedulingTests
{
    [Fact]
    public void A_source_job_never_runs_twice_at_once()
    {
        var definition = SourceRegistry.Load().Find("departement-somme")!;

        var (job, _) = CrawlScheduleRegistrar.Build(definition, 15, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

        Assert.True(job.ConcurrentExecutionDisallowed);
        Assert.Equal(new JobKey("departement-somme", "crawl"), job.Key);
        Assert.Equal("departement-somme", job.JobDataMap.GetString(CrawlSourceJob.SourceIdKey));
    }

    [Fact]
    public void A_missed_fire_of_a_source_runs_once()
    {
        var definition = SourceRegistry.Load().Find("departement-somme")!;

        var (_, trigger) = CrawlScheduleRegistrar.Build(definition, 15, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

        var cron = Assert.IsAssignableFrom<ICronTrigger>(trigger);
        Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, (CronTriggerMisfireInstruction)cron.MisfireInstruction);
        Assert.Equal("Europe/Paris", cron.TimeZone.Id);
        Assert.Equal(CronSpread.Apply(definition.Schedule, definition.Id, 15), cron.CronExpressionString);
    }

    [Fact]
    public async Task The_worker_schedules_one_job_per_enabled_source()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "crawl-schedule-" + Guid.NewGuid().ToString("N"))).FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = "Data Source=crawler.db;Pooling=False" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddCrawler();
        builder.AddCrawlerScheduling();
        using (var host = builder.Build())
        {
            await host.StartAsync();

            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(CrawlSourceJob.Group));

            Assert.Equal(SourceRegistry.Load().Enabled.Select(d => d.Id).Order(), keys.Select(k => k.Name).Order());
            await host.StopAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(new string[0], "worker", null)]
    [InlineData(new[] { "list" }, "list", null)]
    [InlineData(new[] { "run", "ville-amiens", "--Crawler:Fetch:DefaultDelay=00:00:02" }, "run", "ville-amiens")]
    [InlineData(new[] { "run", "--all" }, "run-all", null)]
    [InlineData(new[] { "run" }, "help", null)]
    [InlineData(new[] { "run", "defs/ma-source.json", "--dry-run", "--json", "--fixtures", "tests/Fixtures" }, "run", "defs/ma-source.json")]
    [InlineData(new[] { "validate", "ma-source.json" }, "validate", "ma-source.json")]
    [InlineData(new[] { "validate" }, "help", null)]
    [InlineData(new[] { "list", "--Database:ConnectionString", "Data Source=x.db" }, "list", null)]
    public void Command_lines_are_read_into_verbs(string[] args, string verb, string? sourceId)
    {
        var command = CrawlerCommand.Parse(args);

        Assert.Equal((verb, sourceId), (command.Verb, command.SourceId));
        Assert.DoesNotContain(command.HostArgs, a => a is "run" or "list" or "--all" or "ville-amiens" or "--dry-run" or "--json" or "--fixtures" or "tests/Fixtures");
    }

    [Fact]
    public void The_run_summary_is_in_french()
    {
        var start = new DateTimeOffset(2026, 1, 12, 5, 50, 0, TimeSpan.Zero);
        var run = new Plateforme.Crawler.Store.CrawlRun
        {
            SourceId = "ville-amiens", StartedAt = start, EndedAt = start.AddSeconds(4), Outcome = Plateforme.Crawler.Store.CrawlRunOutcome.Succeeded,
            PagesFetched = 1, ItemsFound = 4, CallsCreated = 4,
        };

        Assert.Equal(
            "ville-amiens : réussi en 4 s — 1 page(s) lue(s), 0 inchangée(s), 4 élément(s) : 4 créé(s), 0 mis à jour, 0 inchangé(s), 0 en attente de validation, 0 retiré(s), 0 lien(s) mort(s), 0 erreur(s).",
            CrawlerCli.Summary(run));
    }
}
