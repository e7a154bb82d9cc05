using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Plateforme.DemoData;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Tests.Outbox;

namespace Plateforme.Search.Tests.Store;

/// <summary>The demo catalogue fills an empty database once, and never touches a catalogue in use.</summary>
public abstract class DemoCatalogueSeederTests : CatalogueTestBase
{
    [Fact]
    public async Task An_empty_catalogue_is_seeded_with_calls_funders_and_their_outbox_rows()
    {
        await MigrateAsync();

        var inserted = await Seeder(count: 50).SeedIfEmptyAsync();

        Assert.Equal(50, inserted);
        await using var db = NewContext();
        Assert.Equal(50, await db.FundingCalls.CountAsync());
        Assert.True(await db.Funders.AnyAsync());
        Assert.Equal(50, await db.IndexOutbox.CountAsync());
    }

    [Fact]
    public async Task A_catalogue_with_a_single_call_is_never_seeded()
    {
        await MigrateAsync();
        await SaveAsync(TestCalls.Draft("deja-la"));

        var inserted = await Seeder(count: 50).SeedIfEmptyAsync();

        Assert.Equal(0, inserted);
        await using var db = NewContext();
        Assert.Equal(1, await db.FundingCalls.CountAsync());
    }

    [Fact]
    public async Task Nothing_is_seeded_when_demo_data_is_disabled()
    {
        await MigrateAsync();

        await Seeder(count: 50, enabled: false).SeedAsync(CancellationToken.None);

        await using var db = NewContext();
        Assert.Equal(0, await db.FundingCalls.CountAsync());
    }

    private DemoCatalogueSeeder Seeder(int count, bool enabled = true)
    {
        var options = new DemoDataOptions { Enabled = enabled, Count = count };
        return new DemoCatalogueSeeder(
            CatalogueDbContext.Store.CreateFactory(Provider, ConnectionString),
            Options.Create(options),
            new FakeTimeProvider(TestCalls.Now),
            NullLogger<DemoCatalogueSeeder>.Instance);
    }
}
