using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Plateforme.Lending.Store;

/// <summary>How the lending module connects to each provider: shared by the module, the design-time factories, tools and tests.</summary>
public static class LendingDatabase
{
    /// <summary>PostgreSQL schema holding the lending tables.</summary>
    public const string PostgresSchema = "lending";

    /// <summary>Our own history table, so other modules' migrations in the same database never mix with ours.</summary>
    public const string MigrationsHistoryTable = "__LendingMigrationsHistory";

    public static DbContextOptionsBuilder UseLendingSqlite(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .AddInterceptors(SqliteConnectionSetup.Instance);
        return options;
    }

    public static DbContextOptionsBuilder UseLendingPostgres(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, PostgresSchema));
        return options;
    }

    /// <summary>A context outside dependency injection (tools, tests, benchmarks).</summary>
    public static LendingDbContext CreateContext(LendingDatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case LendingDatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteLendingDbContext>();
                sqlite.UseLendingSqlite(connectionString);
                return new SqliteLendingDbContext(sqlite.Options);
            case LendingDatabaseProvider.PostgreSql:
                var postgres = new DbContextOptionsBuilder<PostgresLendingDbContext>();
                postgres.UseLendingPostgres(connectionString);
                return new PostgresLendingDbContext(postgres.Options);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown lending database provider.");
        }
    }

    /// <summary>Creates the folder of a SQLite file (SQLite creates the file, not its folder).</summary>
    public static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (IsInMemory(builder)) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }

    internal static bool IsInMemory(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory || string.IsNullOrWhiteSpace(builder.DataSource)
        || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
}
