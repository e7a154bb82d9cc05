using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Extensibility;

namespace Plateforme.Data.Cluster;

/// <summary>
/// The multi-node mode's scheduler of the <see cref="OnceAcrossNodesJob"/>s: Quartz clustered on the platform's
/// PostgreSQL (the qrtz_ tables the crawler's schedule also uses, under a scheduler name of its own, so a crawler
/// worker never picks up a web job it does not know). Started once the host has started (migrations done); a node
/// that dies holding a fire loses it to another node after the check-in threshold.
/// </summary>
public sealed partial class ClusteredJobScheduler(string connectionString, string node, IServiceProvider services, ILogger<ClusteredJobScheduler> logger)
    : IHostedLifecycleService
{
    /// <summary>Shared by every web node: Quartz's rows are keyed by it.</summary>
    public const string SchedulerName = "plateforme-jobs";

    public const string Group = "once-across-nodes";

    private IScheduler? scheduler;

    public Task StartingAsync(CancellationToken cancellationToken) => QuartzTables.EnsureCreatedAsync(connectionString, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var builder = QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.ConfigureScheduler(options =>
            {
                options.InstanceName = SchedulerName;
                options.InstanceId = node;
            });
            quartz.UseJobFactory(new ScopedJobFactory(services));
            quartz.UseDefaultThreadPool(maxConcurrency: 4);
            quartz.UsePersistentStore(store =>
            {
                store.ConfigureStore(jobStore => jobStore.TablePrefix = "qrtz_");
                store.UsePostgres(connectionString);
                store.UseSystemTextJsonSerializer();
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = TimeSpan.FromSeconds(10);
                    cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(30);
                });
            });
        });
        scheduler = await builder.BuildScheduler(cancellationToken).ConfigureAwait(false);
        foreach (var job in services.GetServices<OnceAcrossNodesJob>()) await DeclareAsync(scheduler, job, cancellationToken).ConfigureAwait(false);
        await scheduler.Start(cancellationToken).ConfigureAwait(false);
        LogStarted(node);
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        // Waits for a run in progress: a drain half done would otherwise wait for the check-in threshold on another node.
        if (scheduler is not null) await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Puts the job and its trigger in the store, unless the stored trigger already has this schedule (a node
    /// starting must not move the next fire of the others); a disabled job (no schedule) is removed.
    /// </summary>
    private async Task DeclareAsync(IScheduler target, OnceAcrossNodesJob job, CancellationToken cancellationToken)
    {
        var jobKey = new JobKey(job.Name, Group);
        var triggerKey = new TriggerKey(job.Name, Group);
        if (job.Schedule is null)
        {
            await target.DeleteJob(jobKey, cancellationToken).ConfigureAwait(false);
            return;
        }

        var stored = await target.GetTrigger(triggerKey, cancellationToken).ConfigureAwait(false);
        if (stored?.Description == job.Schedule.ToString()) return;

        var detail = JobBuilder.Create<ClusteredJobRunner>().WithIdentity(jobKey).Build();
        var trigger = TriggerBuilder.Create().WithIdentity(triggerKey).ForJob(jobKey).WithDescription(job.Schedule.ToString());
        trigger = job.Schedule.Interval is { } every
            ? trigger.StartNow().WithSimpleSchedule(s => s.WithInterval(every).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            : trigger.WithCronSchedule(job.Schedule.Cron!, cron => cron
                .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(job.Schedule.TimeZone))
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
        await target.ScheduleJob(detail, [trigger.Build()], new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
        LogDeclared(job.Name, job.Schedule.ToString());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Once-across-nodes scheduler started on node {Node}")]
    private partial void LogStarted(string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Once-across-nodes job {Job} scheduled {Schedule}")]
    private partial void LogDeclared(string job, string schedule);
}
