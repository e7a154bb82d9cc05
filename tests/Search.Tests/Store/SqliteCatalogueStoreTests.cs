using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Tests.Outbox;

namespace Plateforme.Search.Tests.Store;

public sealed class SqliteCatalogueStoreTests : CatalogueStoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [Fact]
    public async Task The_file_is_in_WAL_mode_and_connections_wait_for_a_busy_lock()
    {
        await new DatabaseMigrator<CatalogueDbContext>(CatalogueDbContext.Store.CreateFactory(Provider, ConnectionString), NullLogger<DatabaseMigrator<CatalogueDbContext>>.Instance).MigrateAsync();

        await using var db = NewContext();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.True(long.Parse(await PragmaAsync(db, "busy_timeout"), CultureInfo.InvariantCulture) >= 5000);
    }

    private static async Task<string> PragmaAsync(CatalogueDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }
}
