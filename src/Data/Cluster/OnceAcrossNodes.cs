using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Plateforme.Data.Cluster;

/// <summary>
/// The one way a module declares periodic work that must run once across nodes. On one machine (Cluster:Enabled
/// false, the default) the module's own background service runs it, as before; in the multi-node mode the
/// background service is not started and the job fires on one node at a time through a clustered Quartz scheduler
/// on PostgreSQL (<see cref="ClusteredJobScheduler"/>).
/// </summary>
public static class OnceAcrossNodes
{
    /// <summary>
    /// Registers <paramref name="job"/> as a clustered job, or calls <paramref name="onOneMachine"/> (which registers
    /// the module's hosted service) when the platform runs on one machine.
    /// </summary>
    public static IServiceCollection AddOnceAcrossNodes(
        this IServiceCollection services, IConfiguration configuration, OnceAcrossNodesJob job, Action<IServiceCollection> onOneMachine)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(onOneMachine);
        var cluster = ClusterOptions.Read(configuration);
        if (!cluster.Enabled)
        {
            onOneMachine(services);
            return services;
        }

        if (!services.Any(d => d.ServiceType == typeof(ClusteredJobScheduler)))
        {
            var database = services.AddDatabaseOptions(configuration);
            services.AddSingleton(provider => new ClusteredJobScheduler(
                database.ConnectionString, cluster.Node, provider,
                provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ClusteredJobScheduler>>()));
            services.AddHostedService(provider => provider.GetRequiredService<ClusteredJobScheduler>());
            services.AddTransient<ClusteredJobRunner>();
        }

        services.AddSingleton(job);
        return services;
    }
}
