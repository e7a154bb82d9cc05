using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Plateforme.Data;

/// <summary>
/// A startup step: brings one module's schema up to date before anything reads it. For a SQLite file also creates
/// its folder and switches it to WAL (kept in the file: readers no longer block the writer).
/// </summary>
public sealed partial class DatabaseMigrator<TContext>(IDbContextFactory<TContext> contexts, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService
    where TContext : DbContext
{
    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var sqlite = db.Database.IsSqlite();
            var connectionString = db.Database.GetConnectionString()!;
            if (sqlite && !Health.ReadOnlyStorage.StartedReadOnly) SqlitePaths.EnsureFolder(connectionString);

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
            var guarded = sqlite && !SqlitePaths.IsInMemory(connectionString) && !Health.ReadOnlyStorage.StartedReadOnly;
            try
            {
                using var guard = guarded ? await SqliteMigrationGuard.AcquireAsync(connectionString, cancellationToken).ConfigureAwait(false) : null;
                if (guarded) await SqliteMigrationGuard.ReleaseStaleLockAsync(db, cancellationToken).ConfigureAwait(false);
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                if (sqlite && !SqlitePaths.IsInMemory(connectionString))
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (sqlite && pending == 0 && Health.StorageFailure.Is(exception))
            {
                // Even an up-to-date schema takes the migrations lock, a write: on a read-only or full disk the site
                // still starts, reads what it can, answers 503 to every write and on /health until an operator acts.
                LogStorageRefused(exception, typeof(TContext).Name);
                return;
            }

            LogMigrated(typeof(TContext).Name, sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql, pending);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Context}: the SQLite storage refuses writes (read-only or full); starting without writing, every write answers 503")]
    private partial void LogStorageRefused(Exception exception, string context);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Context} ready ({Provider}): {Applied} migrations applied")]
    private partial void LogMigrated(string context, DatabaseProvider provider, int applied);
}
