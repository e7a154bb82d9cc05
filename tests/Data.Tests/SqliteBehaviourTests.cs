using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Lending.Store;

namespace Plateforme.Data.Tests;

/// <summary>What the kit does to a SQLite file: the migrator's folder and WAL, the per-connection settings.</summary>
public sealed class SqliteBehaviourTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task The_migrator_creates_the_folder_applies_the_migrations_and_turns_WAL_on()
    {
        var connectionString = $"Data Source={_temp.File(Path.Combine("data", "plateforme.db"))}";
        var contexts = LendingDbContext.Store.CreateFactory(DatabaseProvider.Sqlite, connectionString);

        await new DatabaseMigrator<LendingDbContext>(contexts, NullLogger<DatabaseMigrator<LendingDbContext>>.Instance).MigrateAsync();

        await using var db = contexts.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("wal", await ScalarAsync<string>(connectionString, "PRAGMA journal_mode;"));
        Assert.Equal(db.Database.GetMigrations().Count(),
            await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"__LendingMigrationsHistory\"").SingleAsync());
    }

    [Fact]
    public async Task Each_connection_waits_for_a_busy_file_writes_at_normal_sync_and_checks_foreign_keys()
    {
        await using var db = await CreatedInstantsAsync();
        await db.Database.OpenConnectionAsync();

        var connection = db.Database.GetDbConnection();
        Assert.Equal(10_000L, await PragmaAsync(connection, "busy_timeout"));
        Assert.Equal(1L, await PragmaAsync(connection, "synchronous"));
        Assert.Equal(1L, await PragmaAsync(connection, "foreign_keys"));
    }

    [Fact]
    public async Task Foreign_keys_were_already_on_without_the_kit_so_turning_them_on_changes_nothing()
    {
        // EF Core's SQLite build (e_sqlite3) enables them by default: every module's tables already ran with them.
        Directory.CreateDirectory(_temp.Path);
        Assert.Equal(1L, await ScalarAsync<long>($"Data Source={_temp.File("plain.db")}", "PRAGMA foreign_keys;"));
    }

    [Fact]
    public async Task A_second_writer_on_the_same_file_waits_for_the_first_instead_of_failing()
    {
        await using var first = await CreatedInstantsAsync();
        await using var second = InstantsDbContext.Store.CreateContext(DatabaseProvider.Sqlite, ConnectionString);
        await using var holding = await first.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
        first.Stamps.Add(new Stamp { Label = "first", At = DateTimeOffset.UnixEpoch });
        await first.SaveChangesAsync();

        second.Stamps.Add(new Stamp { Label = "second", At = DateTimeOffset.UnixEpoch });
        // Microsoft.Data.Sqlite waits synchronously: the second writer runs on its own thread.
        var waiting = Task.Run(() => second.SaveChangesAsync());
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(waiting.IsCompleted);
        await holding.CommitAsync();

        Assert.Equal(1, await waiting);
        Assert.Equal(["first", "second"], await second.Stamps.OrderBy(s => s.Id).Select(s => s.Label).ToListAsync());
    }

    [Fact]
    public async Task Instants_come_back_in_UTC_and_compare_and_sort_as_instants_whatever_their_offset()
    {
        var paris = TimeSpan.FromHours(1);
        await using (var db = await CreatedInstantsAsync())
        {
            db.Stamps.AddRange(
                new Stamp { Label = "09:30 Paris", At = new DateTimeOffset(2026, 12, 4, 9, 30, 0, paris) },
                new Stamp { Label = "09:00 UTC", At = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero) },
                new Stamp { Label = "08:45 UTC", At = new DateTimeOffset(2026, 12, 4, 8, 45, 0, TimeSpan.Zero) });
            await db.SaveChangesAsync();
        }

        await using var read = InstantsDbContext.Store.CreateContext(DatabaseProvider.Sqlite, ConnectionString);
        var cutoff = new DateTimeOffset(2026, 12, 4, 9, 40, 0, paris);
        var ordered = await read.Stamps.OrderBy(s => s.At).Select(s => s.Label).ToListAsync();
        var before = await read.Stamps.Where(s => s.At < cutoff).Select(s => s.Label).ToListAsync();
        var paris930 = await read.Stamps.SingleAsync(s => s.Label == "09:30 Paris");

        Assert.Equal(["09:30 Paris", "08:45 UTC", "09:00 UTC"], ordered);
        Assert.Equal(["09:30 Paris"], before);
        Assert.Equal(TimeSpan.Zero, paris930.At.Offset);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 8, 30, 0, TimeSpan.Zero), paris930.At);
    }

    public void Dispose() => _temp.Dispose();

    private string ConnectionString => $"Data Source={_temp.File("instants.db")}";

    private async Task<InstantsDbContext> CreatedInstantsAsync()
    {
        Directory.CreateDirectory(_temp.Path);
        var db = InstantsDbContext.Store.CreateContext(DatabaseProvider.Sqlite, ConnectionString);
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        return db;
    }

    private static async Task<long> PragmaAsync(System.Data.Common.DbConnection connection, string pragma)
    {
        var command = connection.CreateCommand();
        await using (command)
        {
            command.CommandText = $"PRAGMA {pragma};";
            return (long)(await command.ExecuteScalarAsync())!;
        }
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        var connection = new SqliteConnection(connectionString);
        await using (connection)
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = sql;
            return (T)(await command.ExecuteScalarAsync())!;
        }
    }
}
