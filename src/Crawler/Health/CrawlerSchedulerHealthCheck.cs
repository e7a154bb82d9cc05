using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Plateforme.Crawler.Health;

/// <summary>
/// "crawler-scheduler" (registered only where scheduling runs): Quartz's scheduler is started, not in standby and
/// not shut down. With a persistent (clustered) store, reading the job groups proves the store answers.
/// </summary>
public sealed class CrawlerSchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public const string Name = "crawler-scheduler";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
            var metadata = await scheduler.GetMetadata(cancellationToken).ConfigureAwait(false);
            var status = await scheduler.GetStatus(cancellationToken).ConfigureAwait(false);
            var data = new Dictionary<string, object>
            {
                ["status"] = status.ToString(),
                ["store"] = metadata.JobStorePersistent ? "persistent" : "memory",
                ["clustered"] = metadata.JobStoreClustered,
            };
            if (status == SchedulerStatus.Standby) return HealthCheckResult.Unhealthy("The scheduler is in standby: no crawl will fire.", data: data);
            if (status != SchedulerStatus.Running) return HealthCheckResult.Unhealthy($"The scheduler is not running ({status}).", data: data);
            if (metadata.JobStorePersistent)
            {
                // A query on the store: fails when its database does not answer.
                await scheduler.GetJobGroupNames(cancellationToken).ConfigureAwait(false);
            }

            return HealthCheckResult.Healthy(metadata.JobStoreClustered ? "Started, clustered store reachable" : "Started", data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The scheduler or its store does not answer.", exception);
        }
    }
}
