using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Crawler.Store;

/// <summary>How the crawler store connects to each provider: shared by AddCrawler, the design-time factories and tests.</summary>
public static class CrawlerDatabase
{
    /// <summary>PostgreSQL schema holding the crawler's tables.</summary>
    public const string PostgresSchema = "crawler";

    /// <summary>Our own history table, apart from the catalogue's in the same database.</summary>
    public const string MigrationsHistoryTable = "__CrawlerMigrationsHistory";

    public static DbContextOptionsBuilder UseCrawlerSqlite(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .AddInterceptors(Plateforme.Search.Catalogue.Store.SqliteConnectionSetup.Instance);
        return options;
    }

    public static DbContextOptionsBuilder UseCrawlerPostgres(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, PostgresSchema));
        return options;
    }

    /// <summary>A context outside dependency injection (tools, tests).</summary>
    public static CrawlerDbContext CreateContext(CatalogueDatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case CatalogueDatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteCrawlerDbContext>();
                sqlite.UseCrawlerSqlite(connectionString);
                return new SqliteCrawlerDbContext(sqlite.Options);
            case CatalogueDatabaseProvider.PostgreSql:
                var postgres = new DbContextOptionsBuilder<PostgresCrawlerDbContext>();
                postgres.UseCrawlerPostgres(connectionString);
                return new PostgresCrawlerDbContext(postgres.Options);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }
}
