using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        builder.Services.AddHostedService(provider => provider.GetRequiredService<CampaignClockService>());
        return builder;
    }
}
