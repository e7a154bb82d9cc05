using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Tests.Store;

/// <summary>The module as Program.cs uses it: start order, options, health. Each provider runs the start test.</summary>
public abstract class SearchModuleTests
{
    protected abstract Task<Dictionary<string, string?>> DatabaseSettingsAsync();

    [Fact]
    public async Task Starting_migrates_seeds_and_indexes_the_demo_catalogue_before_returning()
    {
        var settings = await DatabaseSettingsAsync();
        settings["Search:DemoData:Count"] = "40";
        await using var host = SearchTestHost.Build(settings);

        await host.Host.StartAsync();

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        Assert.Equal(40, await db.FundingCalls.CountAsync());
        var published = await db.FundingCalls.CountAsync(c => c.State == ModerationState.Published);
        var index = host.Services.GetRequiredService<ISearchIndex>();
        Assert.Equal(published, index.Health().DocumentCount);

        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.True(health.Entries["database"].Status == HealthStatus.Healthy, Explain(health.Entries["database"]));
        Assert.True(health.Entries["index"].Status == HealthStatus.Healthy, Explain(health.Entries["index"]));
        Assert.Equal(40, health.Entries["database"].Data["calls"]);
        Assert.Equal(published, health.Entries["index"].Data["documents"]);
    }

    private static string Explain(HealthReportEntry entry) => $"{entry.Status}: {entry.Description} {entry.Exception}";
}
