using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Plateforme.Data;

/// <summary>
/// EF Core marks a SQLite migration in progress with a row of <c>__EFMigrationsLock</c>, which a process killed
/// meanwhile leaves behind: every later start then waits for it forever. Beside that row, the migrating process also
/// holds an exclusive lock on a file next to the database, which the system lets go when the process dies. Whoever
/// holds that file lock knows no live process is migrating, so any row left in <c>__EFMigrationsLock</c> is stale.
/// </summary>
public sealed class SqliteMigrationGuard : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(200);
    private readonly FileStream file;

    private SqliteMigrationGuard(FileStream file) => this.file = file;

    /// <summary>Waits for any other process migrating the same file (the web host and the crawler worker share some).</summary>
    public static async Task<SqliteMigrationGuard> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource) + ".migrating";
        while (true)
        {
            try
            {
                return new SqliteMigrationGuard(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another live process is migrating this file.
                await Task.Delay(Retry, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Removes the mark of a migration whose process died; nothing when there is none (or no table yet).</summary>
    public static async Task ReleaseStaleLockAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (tables.Count == 0) return;
        // Read first: a start on a full disk must not write when there is nothing to remove.
        var marks = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsLock\"")
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        if (marks > 0) await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => file.Dispose();
}
