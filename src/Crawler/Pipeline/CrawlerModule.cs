using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Health;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Authentication;
using Plateforme.Crawler.Store;
using Plateforme.Search;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Crawler.Pipeline;

/// <summary>The crawler's composition: one call from a host's Program.cs.</summary>
public static class CrawlerModule
{
    /// <summary>
    /// Registers the fetcher (validators kept in the database), the sources, extraction, the crawler store in the
    /// catalogue's database ("Search:Database"), the merger, the lifecycle and <see cref="CrawlRunner"/>, with
    /// <see cref="CrawlRunHistory"/> for a health page. At start: migrations, then the definition files copied into
    /// the database. Without AddSearch, catalogue contexts are made here (no index in this process).
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

        var database = configuration.GetSection(SearchOptions.SectionName).GetSection("Database").Get<SearchDatabaseOptions>() ?? new SearchDatabaseOptions();
        var connectionString = database.Provider == CatalogueDatabaseProvider.Sqlite
            ? ResolveSqlitePath(database.ConnectionString, contentRoot ?? Directory.GetCurrentDirectory())
            : database.ConnectionString;
        AddStore(services, database.Provider, connectionString);

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
        services.TryAddSingleton<SourceStatusQuery>();
        services.TryAddSingleton<CallDeadLinks>();
        services.TryAddSingleton<CrawlerMigrator>();
        services.AddHostedService(provider => provider.GetRequiredService<CrawlerMigrator>());
        services.AddHealthChecks().AddCheck<CrawlerDatabaseHealthCheck>(CrawlerDatabaseHealthCheck.Name, tags: ["ready", "crawler"]);
        return services;
    }

    private static void AddStore(IServiceCollection services, CatalogueDatabaseProvider databaseProvider, string connectionString)
    {
        if (databaseProvider == CatalogueDatabaseProvider.PostgreSql)
        {
            services.AddPooledDbContextFactory<PostgresCrawlerDbContext>(options => options.UseCrawlerPostgres(connectionString));
            services.TryAddSingleton<IDbContextFactory<CrawlerDbContext>, CrawlerDbContextFactory<PostgresCrawlerDbContext>>();
        }
        else
        {
            services.AddPooledDbContextFactory<SqliteCrawlerDbContext>(options => options.UseCrawlerSqlite(connectionString));
            services.TryAddSingleton<IDbContextFactory<CrawlerDbContext>, CrawlerDbContextFactory<SqliteCrawlerDbContext>>();
        }

        // AddSearch registers its pooled factory and migrator; a standalone worker gets these.
        services.TryAddSingleton<IDbContextFactory<CatalogueDbContext>>(
            provider => new StandaloneCatalogueContexts(databaseProvider, connectionString, provider));
        services.TryAddSingleton(provider => new CatalogueMigrator(
            provider.GetRequiredService<IDbContextFactory<CatalogueDbContext>>(), provider.GetRequiredService<ILogger<CatalogueMigrator>>()));
    }

    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || Path.IsPathRooted(builder.DataSource)) return connectionString;
        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        return builder.ConnectionString;
    }
}
