using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Plateforme.Accounts.Store;

/// <summary>How the accounts store connects to each provider: shared by the module, design-time factories and tests.</summary>
public static class AccountsDatabase
{
    public const string PostgresSchema = "accounts";

    /// <summary>Our own history table, so the other modules' migrations in the same database never mix with ours.</summary>
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";

    public static DbContextOptionsBuilder UseAccountsSqlite(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .AddInterceptors(SqliteBusyTimeout.Instance);
    }

    public static DbContextOptionsBuilder UseAccountsPostgres(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, PostgresSchema));
    }

    /// <summary>A context outside dependency injection (tools, tests).</summary>
    public static AccountsDbContext CreateContext(AccountsDatabaseProvider provider, string connectionString)
    {
        if (provider == AccountsDatabaseProvider.PostgreSql)
        {
            var postgres = new DbContextOptionsBuilder<PostgresAccountsDbContext>();
            postgres.UseAccountsPostgres(connectionString);
            return new PostgresAccountsDbContext(postgres.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteAccountsDbContext>();
        sqlite.UseAccountsSqlite(connectionString);
        return new SqliteAccountsDbContext(sqlite.Options);
    }

    /// <summary>A relative SQLite path is taken from the content root, as the catalogue does.</summary>
    internal static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || Path.IsPathRooted(builder.DataSource))
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        return builder.ConnectionString;
    }

    /// <summary>Creates the folder of a SQLite file (SQLite creates the file, not its folder).</summary>
    internal static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
