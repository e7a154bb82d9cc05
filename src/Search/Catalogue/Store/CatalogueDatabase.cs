using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>How the catalogue connects to each provider: shared by the module, the design-time factories, tools and tests.</summary>
public static class CatalogueDatabase
{
    /// <summary>PostgreSQL schema holding the catalogue's tables.</summary>
    public const string PostgresSchema = "search";

    /// <summary>Our own history table, so other modules' migrations in the same database never mix with ours.</summary>
    public const string MigrationsHistoryTable = "__SearchMigrationsHistory";

    /// <summary>Configures a <see cref="SqliteCatalogueDbContext"/>.</summary>
    public static DbContextOptionsBuilder UseCatalogueSqlite(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .AddInterceptors(SqliteConnectionSetup.Instance, OutboxCommitInterceptor.Instance);
        return options;
    }

    /// <summary>Configures a <see cref="PostgresCatalogueDbContext"/>.</summary>
    public static DbContextOptionsBuilder UseCataloguePostgres(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, PostgresSchema))
            .AddInterceptors(OutboxCommitInterceptor.Instance);
        return options;
    }

    /// <summary>
    /// A context outside dependency injection (tools, tests, a standalone worker). Give the application's
    /// services to let saves wake an in-process indexer; without them the indexer's poll finds the changes.
    /// </summary>
    public static CatalogueDbContext CreateContext(
        CatalogueDatabaseProvider provider, string connectionString, IServiceProvider? applicationServices = null)
    {
        switch (provider)
        {
            case CatalogueDatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteCatalogueDbContext>();
                sqlite.UseCatalogueSqlite(connectionString);
                if (applicationServices is not null) sqlite.UseApplicationServiceProvider(applicationServices);
                return new SqliteCatalogueDbContext(sqlite.Options);
            case CatalogueDatabaseProvider.PostgreSql:
                var postgres = new DbContextOptionsBuilder<PostgresCatalogueDbContext>();
                postgres.UseCataloguePostgres(connectionString);
                if (applicationServices is not null) postgres.UseApplicationServiceProvider(applicationServices);
                return new PostgresCatalogueDbContext(postgres.Options);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown catalogue database provider.");
        }
    }

    /// <summary>Creates the folder of a SQLite file (SQLite creates the file, not its folder).</summary>
    public static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrWhiteSpace(builder.DataSource)
            || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
