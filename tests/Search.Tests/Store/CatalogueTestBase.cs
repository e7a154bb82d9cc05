using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Store;

/// <summary>
/// A fresh, empty catalogue database per test, on the provider the concrete class picks:
/// a temporary SQLite file, or a new database on the shared throwaway PostgreSQL server.
/// </summary>
public abstract class CatalogueTestBase : IAsyncLifetime
{
    private string? _connectionString;
    private string? _sqliteFolder;

    protected abstract DatabaseProvider Provider { get; }

    protected string ConnectionString => _connectionString ?? throw new InvalidOperationException("Not initialised yet.");

    public async Task InitializeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            _sqliteFolder = Path.Combine(Path.GetTempPath(), "plateforme-sqlite-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(_sqliteFolder);
            _connectionString = $"Data Source={Path.Combine(_sqliteFolder, "catalogue.db")}";
        }
        else
        {
            _connectionString = await CreatePostgresDatabaseAsync();
        }
    }

    public virtual Task DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>Overridden by the PostgreSQL variants, which hold the server fixture.</summary>
    protected virtual Task<string> CreatePostgresDatabaseAsync() =>
        throw new InvalidOperationException("This test class has no PostgreSQL server.");

    protected CatalogueDbContext NewContext(IServiceProvider? applicationServices = null) =>
        CatalogueDbContext.Store.CreateContext(Provider, ConnectionString, applicationServices);

    protected async Task MigrateAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    protected async Task SaveAsync(params object[] entities)
    {
        await using var db = NewContext();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    protected async Task<List<Guid>> OutboxCallIdsAsync()
    {
        await using var db = NewContext();
        return await db.IndexOutbox.OrderBy(e => e.Id).Select(e => e.CallId).ToListAsync();
    }
}
