using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Extensibility;

namespace Plateforme.Data.Cluster;

/// <summary>Builds the clustered scheduler's jobs from the host's container, one scope per fire.</summary>
internal sealed class ScopedJobFactory(IServiceProvider services) : IJobFactory
{
    public ValueTask<JobScope> CreateJob(TriggerFiredBundle bundle, IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var scope = services.CreateScope();
        return ValueTask.FromResult(new JobScope((IJob)scope.ServiceProvider.GetRequiredService(bundle.JobDetail.JobType.Type), scope));
    }

    public ValueTask ReturnJob(JobScope scope, CancellationToken cancellationToken = default)
    {
        (scope.State as IDisposable)?.Dispose();
        return ValueTask.CompletedTask;
    }
}
