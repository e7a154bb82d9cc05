using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Plateforme.Data.Cluster;

namespace Plateforme.Lending.Hosting;

/// <summary>Wires the clock into a host: the options (validated at start) and the periodic service.</summary>
public static class LendingClockHosting
{
    public static IHostApplicationBuilder AddLendingClock(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CampaignClockOptions>()
            .Bind(builder.Configuration.GetSection(CampaignClockOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<CampaignClockService>();
        var clock = builder.Configuration.GetSection(CampaignClockOptions.SectionName).Get<CampaignClockOptions>() ?? new CampaignClockOptions();
        builder.Services.AddOnceAcrossNodes(builder.Configuration,
            new OnceAcrossNodesJob("lending-clock", clock.Enabled ? JobSchedule.Every(clock.Interval) : null,
                (services, cancellationToken) => services.GetRequiredService<CampaignClockService>().RunOnceAsync(cancellationToken)),
            onOneMachine: services => services.AddHostedService(provider => provider.GetRequiredService<CampaignClockService>()));
        return builder;
    }
}
