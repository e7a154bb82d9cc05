using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Store;
using Quartz;

namespace Plateforme.Crawler.Scheduling;

/// <summary>
/// Puts one Quartz job per enabled stored definition, with explicit keys (so a persistent store does not gain new
/// ones at every start), the definition's cron spread by <see cref="CronSpread"/>, and a missed fire run once at
/// once. Runs after the crawler store is migrated; call <see cref="ScheduleAsync"/> again after an admin edit.
/// </summary>
public sealed partial class CrawlScheduleRegistrar(
    ISchedulerFactory schedulers,
    SourceDefinitionStore definitions,
    IOptions<CrawlerSchedulingOptions> options,
    ILogger<CrawlScheduleRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => ScheduleAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Replaces the crawl jobs by the stored definitions' current schedules; returns the number scheduled.</summary>
    public async Task<int> ScheduleAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var stored = await definitions.LoadAllAsync(cancellationToken).ConfigureAwait(false);
        var wanted = stored.Where(d => d.Enabled).ToList();
        var keep = wanted.Select(d => JobKeyOf(d.Id)).ToHashSet();
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(CrawlSourceJob.Group), cancellationToken).ConfigureAwait(false))
        {
            if (!keep.Contains(key)) await scheduler.DeleteJob(key, cancellationToken).ConfigureAwait(false);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        foreach (var definition in wanted)
        {
            var (job, trigger) = Build(definition, options.Value.SpreadMinutes, zone);
            await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
            LogScheduled(definition.Id, trigger is ICronTrigger cron ? cron.CronExpressionString ?? "" : "");
        }

        return wanted.Count;
    }

    public static JobKey JobKeyOf(string sourceId) => new(sourceId, CrawlSourceJob.Group);

    /// <summary>The job and its trigger for one source (public for tests and the admin page).</summary>
    public static (IJobDetail Job, ITrigger Trigger) Build(SourceDefinition definition, int spreadMinutes, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var job = JobBuilder.Create<CrawlSourceJob>()
            .WithIdentity(JobKeyOf(definition.Id))
            .UsingJobData(CrawlSourceJob.SourceIdKey, definition.Id)
            .WithDescription(definition.Name)
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(new TriggerKey(definition.Id, CrawlSourceJob.Group))
            .ForJob(job)
            .WithCronSchedule(CronSpread.Apply(definition.Schedule, definition.Id, spreadMinutes),
                cron => cron.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        return (job, trigger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl of {SourceId} scheduled at {Cron}")]
    private partial void LogScheduled(string sourceId, string cron);
}
