using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Plateforme.Data.Cluster;

/// <summary>
/// The Quartz job behind every <see cref="OnceAcrossNodesJob"/>: finds the declaration by its key and runs it in a
/// scope. Never twice at once across the cluster; a failure is logged and the next fire tries again.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ClusteredJobRunner(IEnumerable<OnceAcrossNodesJob> jobs, IServiceScopeFactory scopes, ILogger<ClusteredJobRunner> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.JobDetail.Key.Name;
        var job = jobs.FirstOrDefault(j => j.Name == name);
        if (job is null)
        {
            LogUnknown(name);
            return;
        }

        // Each node's scheduler instance id is its node name (Cluster:NodeName).
        var node = context.Scheduler.SchedulerInstanceId;
        var watch = Stopwatch.StartNew();
        try
        {
            using var scope = scopes.CreateScope();
            await job.Run(scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
            LogRan(name, node, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, watch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the next fire, on this node or another, picks up the work.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogFailed(exception, name, node);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Once-across-nodes job {Job} ran on {Node} for its fire of {ScheduledFire:O} in {Elapsed} ms")]
    private partial void LogRan(string job, string node, DateTimeOffset scheduledFire, long elapsed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Once-across-nodes job {Job} failed on {Node}; the next fire tries again")]
    private partial void LogFailed(Exception exception, string job, string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quartz fired job {Job}, which this node does not declare (an older or newer version?)")]
    private partial void LogUnknown(string job);
}
