using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Plateforme.Crawler.Scheduling;

/// <summary>
/// In-process scheduling with Quartz (in memory). Call after AddCrawler. Production with several web nodes would
/// switch Quartz to its clustered ADO.NET store on PostgreSQL (see src/Crawler/README.md); not built here.
/// </summary>
public static class CrawlerSchedulingModule
{
    public static IHostApplicationBuilder AddCrawlerScheduling(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCrawlerScheduling(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddCrawlerScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CrawlerSchedulingOptions>().Bind(configuration.GetSection(CrawlerSchedulingOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddQuartz();
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddTransient<CrawlSourceJob>();
        services.AddSingleton<CrawlScheduleRegistrar>();
        // After CrawlerMigrator (registered by AddCrawler): the schedule reads the stored definitions.
        services.AddHostedService(provider => provider.GetRequiredService<CrawlScheduleRegistrar>());
        return services;
    }
}
