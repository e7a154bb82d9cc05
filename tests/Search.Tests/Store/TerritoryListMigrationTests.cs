using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Plateforme.Data;
using Plateforme.Search.Catalogue;

namespace Plateforme.Search.Tests.Store;

/// <summary>The migration adding publics and the territory list keeps every stored call, its one territory becoming its list.</summary>
public abstract class TerritoryListMigrationTests : CatalogueTestBase
{
    private const string Before = "CallModeration";

    /// <summary>A call as the schema before the migration stores it, in that provider's SQL (braces doubled: it is a format string).</summary>
    protected abstract string InsertOldCall { get; }

    [Fact]
    public async Task A_call_stored_before_the_migration_gets_its_territory_as_its_list_and_no_publics()
    {
        await using (var db = NewContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_" + Before, StringComparison.Ordinal)));
            await db.Database.ExecuteSqlRawAsync(InsertOldCall);
            await db.Database.MigrateAsync();
        }

        await using var read = NewContext();
        var call = await read.FundingCalls.AsNoTracking().SingleAsync();
        Assert.Equal("dep:80", call.Territory);
        Assert.Equal(["dep:80"], call.Territories);
        Assert.Empty(call.Publics);
    }

    [Fact]
    public async Task Several_territories_and_publics_survive_a_round_trip()
    {
        await MigrateAsync();
        var call = new FundingCall { Slug = "trois-departements", Title = "Trois départements", Territory = "dep:80", Territories = ["dep:80", "dep:02", "dep:60"], Publics = ["jeunes", "seniors"] };
        await SaveAsync(call);

        await using var db = NewContext();
        var loaded = await db.FundingCalls.AsNoTracking().SingleAsync();
        Assert.Equal(["dep:80", "dep:02", "dep:60"], loaded.Territories);
        Assert.Equal(["jeunes", "seniors"], loaded.Publics);
    }
}
