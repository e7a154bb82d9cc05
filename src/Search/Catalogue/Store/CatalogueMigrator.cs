using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>
/// First startup step: brings the catalogue schema up to date before anything reads it.
/// For SQLite also creates the file's folder and switches the file to WAL (kept in the file).
/// </summary>
public sealed partial class CatalogueMigrator(IDbContextFactory<CatalogueDbContext> contexts, ILogger<CatalogueMigrator> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (db.Provider == CatalogueDatabaseProvider.Sqlite) CatalogueDatabase.EnsureSqliteFolder(db.Database.GetConnectionString()!);

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (db.Provider == CatalogueDatabaseProvider.Sqlite && !IsInMemory(db.Database.GetConnectionString()!))
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            }

            LogMigrated(db.Provider, pending);
        }
    }

    private static bool IsInMemory(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) is var builder
        && (builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:");

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue database ready ({Provider}): {Applied} migrations applied")]
    private partial void LogMigrated(CatalogueDatabaseProvider provider, int applied);
}
