using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Store;
using Plateforme.Crawler.Tests.Sources.Support;
using Plateforme.Search;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Outbox;

namespace Plateforme.Crawler.Tests.Pipeline;

/// <summary>
/// The real crawler and search module in one host: every shipped definition (politeness delays removed) read from
/// WireMock fixture sites through the real PageFetcher, into a SQLite catalogue and an in-memory Lucene index.
/// Every source is trusted, so its calls are published and searchable. The clock stands on 12 January 2026.
/// </summary>
public sealed class CrawlEnvironment : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crawl-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly List<IDisposable> _sites = [];
    private readonly IHost _host;

    public CrawlEnvironment(IReadOnlyDictionary<string, Uri>? replacedSites = null, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var definitions = Path.Combine(_folder, "definitions");
        Directory.CreateDirectory(definitions);
        var settings = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "plateforme.db")};Pooling=False",
            ["Search:Index:Path"] = SearchIndexOptions.InMemoryPath,
            ["Search:DemoData:Enabled"] = "false",
            ["Crawler:Fetch:AllowLoopback"] = "true",
            ["Crawler:Fetch:DefaultDelay"] = "00:00:00",
            ["Crawler:Sources:DefinitionsDirectory"] = definitions,
        };
        var overrides = 0;
        foreach (var definition in SourceRegistry.Load().All)
        {
            File.WriteAllText(Path.Combine(definitions, definition.Id + ".json"), SourceDefinitionStore.Serialize(definition with { Politeness = new(), Enabled = true }));
            settings[$"Crawler:Pipeline:TrustedSources:{overrides}"] = definition.Id;
            Uri local;
            if (replacedSites is not null && replacedSites.TryGetValue(definition.Id, out var replaced))
            {
                local = replaced;
            }
            else
            {
                var site = new FixtureSite().ServeFixture(definition.Id);
                _sites.Add(site);
                local = site.Url;
            }

            foreach (var root in definition.EntryUrls.Select(u => u.GetLeftPart(UriPartial.Authority)).Distinct())
            {
                settings[$"Crawler:Sources:BaseUrlOverrides:{overrides}:Public"] = root;
                settings[$"Crawler:Sources:BaseUrlOverrides:{overrides}:Local"] = local.AbsoluteUri;
                overrides++;
            }
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>()) settings[key] = value;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.AddSearch();
        builder.AddCrawler();
        _host = builder.Build();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.Zero));

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public IServiceProvider Services => _host.Services;

    public CrawlRunner Runner => Services.GetRequiredService<CrawlRunner>();

    public Task StartAsync() => _host.StartAsync();

    /// <summary>Runs a source then brings the index up to date (the outbox the runs wrote).</summary>
    public async Task<CrawlRun> RunAsync(string sourceId)
    {
        var run = await Runner.RunAsync(sourceId);
        await Services.GetRequiredService<OutboxDrainer>().DrainAsync();
        return run;
    }

    public async Task<IReadOnlyList<CrawlRun>> RunAllAsync()
    {
        var runs = await Runner.RunAllAsync();
        await Services.GetRequiredService<OutboxDrainer>().DrainAsync();
        return runs;
    }

    public SearchResult Search(string? text = null) =>
        Services.GetRequiredService<ISearchIndex>().Search(new SearchQuery { Text = text, Today = Today, PageSize = 100 });

    public Task<CatalogueDbContext> CatalogueAsync() => Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync();

    public Task<CrawlerDbContext> CrawlerStoreAsync() => Services.GetRequiredService<IDbContextFactory<CrawlerDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        foreach (var site in _sites) site.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
