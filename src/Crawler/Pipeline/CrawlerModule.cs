using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Health;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Authentication;
using Plateforme.Crawler.Store;
using Plateforme.Data;
using Plateforme.Data.Health;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Crawler.Pipeline;

/// <summary>The crawler's composition: one call from a host's Program.cs.</summary>
public static class CrawlerModule
{
    /// <summary>
    /// Registers the fetcher (validators kept in the database), the sources, extraction, the crawler store in the
    /// platform's database ("Database"), the merger, the lifecycle and <see cref="CrawlRunner"/>, with
    /// <see cref="CrawlRunHistory"/> for a health page. At start: migrations, then the definition files copied into
    /// the database. The catalogue store is registered here too when AddSearch did not (no index in this process).
    /// </summary>
    public static IHostApplicationBuilder AddCrawler(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCrawler(builder.Configuration, builder.Environment.ContentRootPath);
        return builder;
    }

    public static IServiceCollection AddCrawler(this IServiceCollection services, IConfiguration configuration, string? contentRoot = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CrawlerOptions>().Bind(configuration.GetSection(CrawlerOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        var root = contentRoot ?? Directory.GetCurrentDirectory();
        services.AddCatalogueStore(configuration, root);
        services.AddModuleStore(CrawlerDbContext.Store, configuration, root);

        services.AddSingleton<IValidatorStore, EfValidatorStore>();
        services.AddPageFetcher(configuration);
        services.TryAddSingleton(SourceSecrets.From(configuration));
        services.AddCrawlerSources(options => configuration.GetSection(CrawlerSourcesOptions.SectionName).Bind(options));
        services.AddCallExtraction();

        services.TryAddSingleton<SourceDefinitionStore>();
        services.TryAddSingleton<CrawlRunHistory>();
        services.TryAddSingleton<CatalogueMerger>();
        services.TryAddSingleton<SourceLifecycle>();
        services.TryAddSingleton<RunningSources>();
        services.TryAddSingleton<CrawlRunner>();
        services.TryAddSingleton<SourceDryRun>();
        services.TryAddSingleton<Health.Alarms.SourceOwners>();
        services.TryAddSingleton<Health.Alarms.SourceAlarmLedger>();
        services.TryAddSingleton<SourceStatusQuery>();
        services.TryAddSingleton<CallDeadLinks>();
        services.TryAddSingleton<CrawlerStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<CrawlerStartup>());
        services.AddHealthChecks().AddDatabaseCheck<CrawlerDbContext>("crawler");
        return services;
    }
}
