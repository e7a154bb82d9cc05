using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Plateforme.Lending.Store;

/// <summary>
/// Startup step: brings the lending schema up to date before anything reads it. For SQLite also creates the
/// file's folder and switches the file to WAL (kept in the file).
/// </summary>
public sealed partial class LendingMigrator(IDbContextFactory<LendingDbContext> contexts, ILogger<LendingMigrator> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            var connectionString = db.Database.GetConnectionString()!;
            var inMemory = db.Provider == LendingDatabaseProvider.Sqlite && LendingDatabase.IsInMemory(new SqliteConnectionStringBuilder(connectionString));
            if (db.Provider == LendingDatabaseProvider.Sqlite) LendingDatabase.EnsureSqliteFolder(connectionString);

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Provider == LendingDatabaseProvider.Sqlite && !inMemory)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            }

            LogMigrated(db.Provider, pending);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lending database ready ({Provider}): {Applied} migrations applied")]
    private partial void LogMigrated(LendingDatabaseProvider provider, int applied);
}
