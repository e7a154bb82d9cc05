using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Data;
using Plateforme.Lending.Store;
using Plateforme.Lending.Tests.Support;

namespace Plateforme.Lending.Tests.Store;

/// <summary>
/// A process killed while it migrates leaves EF Core's mark of a migration in progress in the SQLite file. The next
/// start must not wait for that dead process forever (the site would never answer again), yet must still wait for a
/// live one.
/// </summary>
public sealed class StaleMigrationLockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_start_after_a_process_died_while_migrating_removes_its_mark_and_starts()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        await using (var db = await fixture.OpenAsync())
        {
            // What EF Core leaves when the process dies between taking its lock and letting it go.
            await db.Database.ExecuteSqlRawAsync("""CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL)""");
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-05 22:01:00')""");
        }

        using var patience = new CancellationTokenSource(Patience);
        await fixture.Services.GetRequiredService<DatabaseMigrator<LendingDbContext>>().MigrateAsync(patience.Token);

        await using var after = await fixture.OpenAsync();
        Assert.Equal(0, await after.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "__EFMigrationsLock" """).SingleAsync());
    }

    [Fact]
    public async Task A_start_waits_while_another_live_process_migrates_the_same_file()
    {
        await using var fixture = await LendingFixture.SqliteAsync();
        var connection = fixture.Database.ConnectionString;
        var other = await SqliteMigrationGuard.AcquireAsync(connection, CancellationToken.None);

        var migrating = fixture.Services.GetRequiredService<DatabaseMigrator<LendingDbContext>>().MigrateAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.False(migrating.IsCompleted);

        other.Dispose();
        await migrating.WaitAsync(Patience);
    }
}
