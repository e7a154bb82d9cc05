using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Tests.Pipeline;

/// <summary>A run whose process was killed does not stay « en cours » on the source's page forever.</summary>
public sealed class AbandonedRunsTests
{
    [Fact]
    public async Task The_next_run_of_a_source_closes_the_run_a_dead_process_left_running()
    {
        await using var environment = new CrawlEnvironment();
        await environment.StartAsync();
        long deadId, otherSourceId;
        await using (var store = await environment.CrawlerStoreAsync())
        {
            var dead = new CrawlRun { SourceId = "ville-amiens", StartedAt = environment.Clock.GetUtcNow().AddHours(-1) };
            var otherSource = new CrawlRun { SourceId = "region-hdf", StartedAt = environment.Clock.GetUtcNow().AddHours(-1) };
            store.CrawlRuns.AddRange(dead, otherSource);
            await store.SaveChangesAsync();
            (deadId, otherSourceId) = (dead.Id, otherSource.Id);
        }

        var run = await environment.RunAsync("ville-amiens");

        await using var after = await environment.CrawlerStoreAsync();
        var closed = await after.CrawlRuns.AsNoTracking().SingleAsync(r => r.Id == deadId);
        Assert.Equal(CrawlRunOutcome.Cancelled, closed.Outcome);
        Assert.Contains(closed.Errors, e => e.Contains("interrompu", StringComparison.Ordinal));
        Assert.Equal(CrawlRunOutcome.Running, (await after.CrawlRuns.AsNoTracking().SingleAsync(r => r.Id == otherSourceId)).Outcome);
        Assert.Equal(CrawlRunOutcome.Succeeded, (await after.CrawlRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id)).Outcome);
    }
}
