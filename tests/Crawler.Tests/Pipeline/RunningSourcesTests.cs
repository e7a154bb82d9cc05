using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Tests.Pipeline;

public sealed class RunningSourcesTests
{
    [Fact]
    public async Task A_source_asked_again_while_running_joins_the_run_instead_of_starting_a_second_one()
    {
        var running = new RunningSources();
        var release = new TaskCompletionSource<CrawlRun>(TaskCreationOptions.RunContinuationsAsynchronously);
        var starts = 0;
        Task<CrawlRun> Start()
        {
            Interlocked.Increment(ref starts);
            return release.Task;
        }

        var first = running.StartOrJoin("ville-amiens", Start);
        var second = running.StartOrJoin("ville-amiens", Start);
        var other = running.StartOrJoin("appelaprojets", () => Task.FromResult(new CrawlRun { SourceId = "appelaprojets" }));

        Assert.True(first.Started);
        Assert.False(second.Started);
        Assert.True(other.Started);
        Assert.True(running.IsRunning("ville-amiens"));
        var run = new CrawlRun { SourceId = "ville-amiens" };
        release.SetResult(run);
        Assert.Same(run, await second.Run);
        await first.Run;
        Assert.Equal(1, Volatile.Read(ref starts));
    }

    [Fact]
    public async Task A_source_whose_run_ended_starts_afresh()
    {
        var running = new RunningSources();
        var release = new TaskCompletionSource<CrawlRun>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = running.StartOrJoin("ville-amiens", () => release.Task);
        release.SetResult(new CrawlRun { SourceId = "ville-amiens" });
        await first.Run;

        // The bookkeeping runs as a continuation of the finished run: it may lag the awaiting test by a moment.
        await Eventually.TrueAsync(() => !running.IsRunning("ville-amiens"), "ville-amiens to be idle again");
        var again = running.StartOrJoin("ville-amiens", () => Task.FromResult(new CrawlRun { SourceId = "ville-amiens" }));

        Assert.True(again.Started);
    }
}
