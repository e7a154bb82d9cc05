using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Plateforme.Crawler.Sources.AidesTerritoires;
using Plateforme.Crawler.Sources.Authentication;
using Plateforme.Crawler.Sources.Csv;
using Plateforme.Crawler.Sources.Feeds;
using Plateforme.Crawler.Sources.Html;
using Plateforme.Crawler.Sources.Json;

namespace Plateforme.Crawler.Sources;

public static class CrawlerSourcesServiceCollectionExtensions
{
    /// <summary>Source definitions, the registry and the connectors, configured from "Crawler:Sources". Needs an <see cref="Fetching.IPageFetcher"/>.</summary>
    public static IHostApplicationBuilder AddCrawlerSources(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCrawlerSources(options => builder.Configuration.GetSection(CrawlerSourcesOptions.SectionName).Bind(options));
        return builder;
    }

    public static IServiceCollection AddCrawlerSources(this IServiceCollection services, Action<CrawlerSourcesOptions>? configure = null)
    {
        var options = services.AddOptions<CrawlerSourcesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => SourceRegistry.Load(sp.GetRequiredService<IOptions<CrawlerSourcesOptions>>().Value.DefinitionsDirectory));
        services.AddSingleton(sp => new SourceUrlRewriter(sp.GetRequiredService<IOptions<CrawlerSourcesOptions>>().Value.BaseUrlOverrides));
        services.TryAddSingleton(SourceSecrets.None);
        services.AddSingleton<AidesTerritoiresAuthenticator>();
        services.AddSingleton<ISourceAuthenticator>(sp => sp.GetRequiredService<AidesTerritoiresAuthenticator>());
        services.AddSingleton<SourcePageLoader>();
        services.AddSingleton<DetailPageReader>();
        services.AddSingleton<ISourceConnector, HtmlListingConnector>();
        services.AddSingleton<ISourceConnector, FeedConnector>();
        services.AddSingleton<ISourceConnector, JsonApiConnector>();
        services.AddSingleton<ISourceConnector, CsvConnector>();
        services.AddSingleton<ISourceConnector, AidesTerritoiresConnector>();
        services.AddSingleton<SourceReader>();
        return services;
    }
}
