using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        builder.Services.AddHostedService<RetentionPurgeService>();
        return builder;
    }
}
