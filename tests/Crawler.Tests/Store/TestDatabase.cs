using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Store;
using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Crawler.Tests.Store;

/// <summary>The catalogue and the crawler store in one database (a temporary SQLite file, or a PostgreSQL one), migrated.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _folder;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        Catalogue = CatalogueDbContext.Store.CreateFactory(provider, connectionString, new ServiceCollection().BuildServiceProvider());
        Crawler = CrawlerDbContext.Store.CreateFactory(provider, connectionString);
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public IDbContextFactory<CatalogueDbContext> Catalogue { get; }
    public IDbContextFactory<CrawlerDbContext> Crawler { get; }

    /// <summary>Paris morning of 12 January 2026, before the fixtures' deadlines.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.Zero));

    public static async Task<TestDatabase> SqliteAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "crawler-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "plateforme.db")};Pooling=False", folder);
        await database.MigrateAsync();
        return database;
    }

    public static async Task<TestDatabase> PostgresAsync(string connectionString)
    {
        var database = new TestDatabase(DatabaseProvider.PostgreSql, connectionString, null);
        await database.MigrateAsync();
        return database;
    }

    public SourceDefinitionStore Definitions(SourceRegistry? files = null) => new(Crawler, files ?? SourceRegistry.Load(), Clock);

    public CrawlerStartup Migrator() => new(
        new DatabaseMigrator<CatalogueDbContext>(Catalogue, NullLogger<DatabaseMigrator<CatalogueDbContext>>.Instance),
        new DatabaseMigrator<CrawlerDbContext>(Crawler, NullLogger<DatabaseMigrator<CrawlerDbContext>>.Instance),
        Definitions(), NullLogger<CrawlerStartup>.Instance);

    public Task MigrateAsync() => Migrator().MigrateAsync();

    public void Dispose()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
