using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Health;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Elasticsearch;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Outbox;
using Plateforme.Search.Reference;
using Plateforme.Search.Seeding;
using Plateforme.Search.Vocabulary;

using Plateforme.Data.Cluster;

namespace Plateforme.Search;

/// <summary>The search module's composition: one call from Program.cs.</summary>
public static class SearchModule
{
    /// <summary>
    /// Registers the catalogue (inject <see cref="CatalogueDbContext"/> per request, or
    /// <c>IDbContextFactory&lt;CatalogueDbContext&gt;</c> in singletons), the reference data, the search index,
    /// the outbox indexer and the health checks "database" and "index". At start, in this order: migrations, the
    /// registered <see cref="ICatalogueSeeder"/>s (the demo catalogue in development), then (in the background) the
    /// index check and the indexer.
    /// </summary>
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var section = builder.Configuration.GetSection(SearchOptions.SectionName);
        services.AddOptions<SearchOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();

        // The index path decides what to register, so it is read now; the full validation runs at start.
        var settings = section.Get<SearchOptions>() ?? new SearchOptions();
        var contentRoot = builder.Environment.ContentRootPath;

        services.TryAddSingleton(TimeProvider.System);
        // Factories: the embedded territories load on first use, not while the host is being built.
        services.TryAddSingleton(_ => TerritoryDirectory.Default);
        services.TryAddSingleton(_ => ThemeTaxonomy.Default);
        services.TryAddSingleton(_ => ReferenceLists.Default);
        services.TryAddSingleton<CallDocumentBuilder>();
        services.TryAddSingleton<Catalogue.PublishedCalls>();
        services.TryAddSingleton<Catalogue.PublishedCatalogue>();

        services.AddCatalogueStore(builder.Configuration, contentRoot);

        var indexPath = ResolveIndexPath(settings.Index.Path, contentRoot);
        services.TryAddSingleton<SearchVocabularyProvider>();
        services.TryAddSingleton<VocabularyAdministration>();
        services.TryAddSingleton<VocabularyPreview>();
        if (settings.Index.Backend == SearchIndexBackend.Elasticsearch)
        {
            services.AddSingleton<ISearchIndex>(provider => new ElasticsearchSearchIndex(
                provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value.Index.Elasticsearch,
                provider.GetRequiredService<ILogger<ElasticsearchSearchIndex>>(),
                provider.GetRequiredService<SearchVocabularyProvider>()));
        }
        else
        {
            services.AddSingleton<ISearchIndex>(provider => new LuceneSearchIndex(
                new LuceneIndexOptions { Path = indexPath },
                provider.GetRequiredService<ILogger<LuceneSearchIndex>>(),
                provider.GetRequiredService<SearchVocabularyProvider>()));
        }

        services.AddSingleton<IndexOutboxSignal>();
        // Multi-node mode: a Lucene index is each node's replica, an Elasticsearch index is fed by one node at a time.
        var cluster = Plateforme.Data.Cluster.ClusterOptions.Read(builder.Configuration);
        var sharedIndex = cluster.Enabled && settings.Index.Backend == SearchIndexBackend.Elasticsearch;
        services.AddSingleton(_ => new IndexWriteLock(sharedIndex ? DatabaseOptions.Read(builder.Configuration).ConnectionString : null));
        services.AddSingleton(provider => new OutboxReplica(cluster.Enabled && !sharedIndex, indexPath is null ? null : indexPath + ".outbox-position",
            cluster.OutboxRetention, TimeProvider.System));
        services.AddSingleton<OutboxDrainer>();
        services.AddSingleton<IndexRebuilder>();
        services.AddSingleton<IndexStartupCheck>();
        services.AddSingleton<OutboxIndexer>();
        services.AddSingleton<IndexConsistency>();
        services.AddSingleton<Windows.CallWindowRoller>();
        services.AddSingleton<Moderation.PublishedCallEdits>();

        // Hosted services start one after the other in registration order.
        services.AddMigrationAtStart<CatalogueDbContext>();
        services.AddHostedService<VocabularyLoading>();
        services.AddHostedService<CatalogueSeeding>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxIndexer>());
        services.AddOnceAcrossNodes(builder.Configuration,
            new OnceAcrossNodesJob("call-windows", JobSchedule.Every(Windows.CallWindowSchedule.Interval),
                (provider, cancellationToken) => provider.GetRequiredService<Windows.CallWindowRoller>().RollAsync(cancellationToken)),
            onOneMachine: one => one.AddHostedService<Windows.CallWindowSchedule>());

        services.AddHealthChecks()
            .AddCheck<CatalogueHealthCheck>("database", tags: ["ready", "search"])
            .AddCheck<SearchIndexHealthCheck>("index", tags: ["ready", "live", "search"])
            .AddCheck<IndexConsistencyHealthCheck>(IndexConsistencyHealthCheck.Name, tags: ["ready", "search"]);
        return builder;
    }

    /// <summary>
    /// The "rebuild-index" command: migrates, then recreates the index from the database. Run it with the
    /// web process stopped (one writer per index folder). Returns the number of calls indexed.
    /// </summary>
    public static async Task<int> RebuildSearchIndexAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<DatabaseMigrator<CatalogueDbContext>>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        return await services.GetRequiredService<IndexRebuilder>().RebuildAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? ResolveIndexPath(string path, string contentRoot) =>
        path == SearchIndexOptions.InMemoryPath ? null : Path.GetFullPath(Path.Combine(contentRoot, path));
}
