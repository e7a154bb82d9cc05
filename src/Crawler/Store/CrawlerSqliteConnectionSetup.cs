using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Plateforme.Crawler.Store;

/// <summary>
/// The web process and a crawler worker may write the same SQLite file: a writer waits for the lock
/// instead of failing at once (WAL itself is set by the catalogue's migrator).
/// </summary>
internal sealed class CrawlerSqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";

    public static CrawlerSqliteConnectionSetup Instance { get; } = new();

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
