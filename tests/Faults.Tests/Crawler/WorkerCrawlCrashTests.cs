using Plateforme.Faults.Tests.Harness;
using Plateforme.Faults.Tests.Search;

namespace Plateforme.Faults.Tests.Crawler;

/// <summary>
/// The standalone crawler worker (Quartz firing the source on its cron, beside the web host that writes the index)
/// is killed while merging a crawl: once while creating the source's calls, once while applying the changes a new
/// crawl of the same page brings to calls already known (the merge's update path). After each restart the next
/// scheduled run completes: every item is one call (none lost, none twice), the changes are all applied, the run the
/// kill interrupted is closed as interrupted, and the index equals the catalogue.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class WorkerCrawlCrashTests(FaultsFixture fixture)
{
    private const string AfterSave = "crawler.merge.after-save#2";
    private const string AfterUpdate = "crawler.merge.after-update#1";
    private const string Interrupted = "Passage interrompu";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    // Two of the page's deadlines move: two known calls change on the next crawl.
    private static readonly (string Before, string After, DateOnly Deadline)[] Changes =
    [
        ("Du 19/12/2025 au 02/02/2026", "Du 19/12/2025 au 20/02/2026", new DateOnly(2026, 2, 20)),
        ("Jusqu'au 11/02/2026", "Jusqu'au 25/02/2026", new DateOnly(2026, 2, 25)),
    ];

    private static readonly Dictionary<string, string> WorkerSettings = new()
    {
        ["Crawler:Scheduling:Enabled"] = "true",
        ["Crawler:Scheduling:SpreadMinutes"] = "0",
        // What the worker did, in the failure message when it did not do it.
        ["Logging:LogLevel:Plateforme"] = "Information",
    };

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Killed_while_merging_a_scheduled_crawl_the_worker_restarts_without_duplicates_with_every_change_and_the_index_follows(string provider)
    {
        var violationsBefore = fixture.Figures.Violations.Count;
        var figures = fixture.Figures;
        await using var site = await fixture.SiteAsync(provider);
        var copies = Path.Combine(site.Folder, "fixtures");
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "CrawlerFixtures"), copies);
        // Every two seconds: the next scheduled run comes right after each restart.
        using var sites = CrawlSource.Serve(site, copies, "0/2 * * * * ?");
        var lives = new Lives(site, figures);
        await using var web = await lives.StartAsync();
        using var admin = await CrawlSource.AdminAsync(site);

        // Creating the source's calls: killed after the second is saved, then a clean life crawls it whole.
        await WorkerDiesAtAsync(site, AfterSave);
        var afterKill = await CrawlSource.RecordsAsync(site);
        figures.Check(afterKill.Count == 2, $"{provider}: the worker's kill after the 2nd saved call left {afterKill.Count} records of the source");
        await WorkerRunsOnceAsync(site, admin);
        var items = await CheckCatalogueAsync(site, admin, "after the kill while creating");

        // The page changes; the next crawl updates known calls and is killed after the first update is saved.
        var page = Path.Combine(copies, CrawlSource.Id, "appels-a-projets.html");
        var html = await File.ReadAllTextAsync(page);
        foreach (var (before, after, _) in Changes)
        {
            Assert.Contains(before, html, StringComparison.Ordinal);
            html = html.Replace(before, after, StringComparison.Ordinal);
        }

        await File.WriteAllTextAsync(page, html);
        await WorkerDiesAtAsync(site, AfterUpdate);
        var runs = await CrawlSource.RunsAsync(admin);
        var interrupted = runs.First();
        await WorkerRunsOnceAsync(site, admin);
        var itemsAfter = await CheckCatalogueAsync(site, admin, "after the kill while updating");
        figures.Check(itemsAfter == items, $"{provider}: the source had {items} items, then {itemsAfter} after its page changed");

        var deadlines = (await CrawlSource.CallsAsync(site)).Select(c => c.Deadline).ToList();
        var missed = Changes.Where(c => !deadlines.Contains(c.Deadline)).Select(c => c.After).ToList();
        figures.Check(missed.Count == 0, $"{provider}: changes of the page never applied after the restart: {string.Join(", ", missed)}");
        runs = await CrawlSource.RunsAsync(admin);
        var closed = runs.Single(r => r.Id == interrupted.Id);
        figures.Check(closed.Outcome == "Cancelled" && closed.Errors.Any(e => e.StartsWith(Interrupted, StringComparison.Ordinal)),
            $"{provider}: the run the kill interrupted is {closed.Outcome} ({string.Join(" | ", closed.Errors)}), not closed as interrupted");
        figures.Check(runs.Any(r => r.Id > interrupted.Id && r.Outcome == "Succeeded" && r.CallsUpdated >= 1),
            $"{provider}: no run after the restart applied the remaining change");

        var published = await new CatalogueWrites(site).PublishedCountAsync();
        var consistency = await Eventually.ValueAsync(
            async () => await IndexCrashTests.ConsistencyAsync(admin),
            c => c.Status == "Healthy" && c.Pending == 0,
            "the index consistency check to pass", TimeSpan.FromSeconds(30)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : default);
        figures.Check(consistency.Status == "Healthy" && consistency.Documents == published,
            $"{provider}: index consistency after the worker's crawls: {consistency.Description} ({consistency.Documents} indexed, {published} published)");

        Assert.Empty(figures.Violations.Skip(violationsBefore));
    }

    /// <summary>A worker life armed with <paramref name="point"/>: its first scheduled run must kill it there.</summary>
    private async Task WorkerDiesAtAsync(FaultSite site, string point)
    {
        fixture.Figures.KillPointTried(site.ProviderName, point);
        fixture.Figures.Restarted();
        await using var worker = WorkerProcess.Start(site, WorkerSettings, point);
        var died = await worker.DiesWithinAsync(RunTimeout);
        Assert.True(died && worker.ExitCode == WebProcess.KilledExitCode, $"The worker was not killed by {point}.\n{worker.Output}");
        fixture.Figures.SelfKilled();
    }

    /// <summary>A clean worker life until one scheduled run after its start has ended, then stopped as a redeploy would (SIGTERM).</summary>
    private async Task WorkerRunsOnceAsync(FaultSite site, Visitor admin)
    {
        var before = (await CrawlSource.RunsAsync(admin)).Select(r => r.Id).DefaultIfEmpty(0).Max();
        fixture.Figures.Restarted();
        await using var worker = WorkerProcess.Start(site, WorkerSettings);
        try
        {
            await Eventually.TrueAsync(async () => (await CrawlSource.RunsAsync(admin)).Any(r => r.Id > before && r.Ended), "a scheduled run of the worker to end", RunTimeout);
        }
        catch (Xunit.Sdk.XunitException exception)
        {
            throw new InvalidOperationException(exception.Message + "\n" + worker.Output, exception);
        }

        var stopped = await worker.StopAsync(TimeSpan.FromSeconds(30));
        fixture.Figures.Check(stopped, $"{site.ProviderName}: the worker did not stop on SIGTERM within 30 s");
    }

    /// <summary>Every item of the source is one call, none twice, and no run is left « en cours »; returns the number of items.</summary>
    private async Task<int> CheckCatalogueAsync(FaultSite site, Visitor admin, string when)
    {
        var figures = fixture.Figures;
        var provider = site.ProviderName;
        var source = await CrawlSource.StateAsync(admin);
        figures.Check(source.LastOutcome is "Succeeded", $"{provider} {when}: the worker's run ended {source.LastOutcome}");
        var records = await CrawlSource.RecordsAsync(site);
        figures.Check(source.ItemsFound > 2 && records.Count == source.ItemsFound, $"{provider} {when}: the source has {source.ItemsFound} items, the catalogue {records.Count} records of it");
        figures.Check(records.Select(r => r.ExternalId).Distinct().Count() == records.Count && records.Select(r => r.CallId).Distinct().Count() == records.Count,
            $"{provider} {when}: an item of the source is recorded twice, or two items share a call");
        var calls = (await CrawlSource.CallsAsync(site)).Count;
        figures.Check(calls == source.ItemsFound, $"{provider} {when}: {calls} calls for {source.ItemsFound} items (duplicated or lost calls)");
        // The newest run may be one the SIGTERM stop cut short: the next run closes it (as the kill's run is checked to be).
        var runs = await CrawlSource.RunsAsync(admin);
        var open = runs.Skip(1).Where(r => r.Outcome == "Running").Select(r => r.Id).ToList();
        figures.Check(open.Count == 0, $"{provider} {when}: runs left « en cours » behind a newer run: {string.Join(", ", open)}");
        if (runs.Count > 0 && runs[0].Outcome == "Running") figures.Observed($"{provider} worker runs left « en cours » by a SIGTERM stop");
        return source.ItemsFound;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
