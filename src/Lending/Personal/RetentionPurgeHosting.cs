using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Plateforme.Data.Cluster;

namespace Plateforme.Lending.Personal;

/// <summary>Wires the retention purge into a host: the options (validated at start) and the periodic service.</summary>
public static class RetentionPurgeHosting
{
    public static IHostApplicationBuilder AddLendingRetentionPurge(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RetentionPurgeOptions>()
            .Bind(builder.Configuration.GetSection(RetentionPurgeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var purge = builder.Configuration.GetSection(RetentionPurgeOptions.SectionName).Get<RetentionPurgeOptions>() ?? new RetentionPurgeOptions();
        builder.Services.AddOnceAcrossNodes(builder.Configuration,
            new OnceAcrossNodesJob("lending-retention-purge", purge.Enabled ? JobSchedule.Every(purge.Interval) : null,
                (services, cancellationToken) => services.GetRequiredService<LendingRetentionPurge>().RunAsync(cancellationToken)),
            onOneMachine: services => services.AddHostedService<RetentionPurgeService>());
        return builder;
    }
}
