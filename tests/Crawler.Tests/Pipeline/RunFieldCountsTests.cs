using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Health;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Tests.Pipeline;

/// <summary>A run records how many of its calls carry a deadline and an amount, the base of « champs manquants ».</summary>
public sealed class RunFieldCountsTests
{
    [Fact]
    public async Task A_run_stores_its_calls_with_a_deadline_and_with_an_amount()
    {
        await using var environment = new CrawlEnvironment();
        await environment.StartAsync();

        var run = await environment.RunAsync("ville-amiens");

        await using var store = await environment.CrawlerStoreAsync();
        var stored = await store.CrawlRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id);
        Assert.Equal(4, stored.CallsExtracted);
        Assert.Equal(4, stored.CallsWithDeadline);
        Assert.InRange(stored.CallsWithAmount!.Value, 1, 4);
        Assert.Equal(SourceHealthState.Ok, SourceHealthRules.Evaluate(true, [stored]).State);
    }
}
