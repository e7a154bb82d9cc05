using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Plateforme.Data;

/// <summary>
/// Per-connection SQLite settings. The web process and a crawler worker may write the same file: a writer waits
/// for the lock instead of failing at once. WAL itself is set once by the migrator (it is stored in the file).
/// Foreign keys are already on with the e_sqlite3 build EF Core ships; saying so keeps it true with another build.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
