using System.Net;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Faults.Tests.Search;

namespace Plateforme.Faults.Tests.Crawler;

/// <summary>
/// The administrator runs a source from the admin API and the host dies in the middle of merging its calls (right
/// after a call is saved). After the restart the same source is run again: every item of the source is one call (none
/// lost, none twice), the index equals the catalogue, and the source is not left « en cours ».
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class CrawlMergeCrashTests(FaultsFixture fixture)
{
    private const string SourceId = CrawlSource.Id;
    private const string AfterSave = "crawler.merge.after-save#2";
    private const string RunsPath = "/api/admin/sources/" + SourceId + "/runs";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Killed_while_merging_a_crawl_the_next_run_completes_without_duplicates_and_the_index_follows(string provider)
    {
        var violationsBefore = fixture.Figures.Violations.Count;
        await using var site = await fixture.SiteAsync(provider);
        using var sites = CrawlSource.Serve(site);
        var lives = new Lives(site, fixture.Figures);

        var host = await lives.StartAsync(AfterSave);
        using (var admin = await CrawlSource.AdminAsync(site))
        {
            Assert.Equal(HttpStatusCode.Accepted, await admin.PostWithTokenAsync(RunsPath, "/admin/sources"));
        }

        await lives.DiedAtPointAsync(host, AfterSave);
        var afterKill = await CrawlSource.RecordsAsync(site);
        fixture.Figures.Check(afterKill.Count == 2, $"{provider}: the kill after the 2nd saved call left {afterKill.Count} records of the source");

        await using var last = await lives.StartAsync();
        using var visitor = await CrawlSource.AdminAsync(site);
        // The interrupted run must not block the next one: a process that died runs nothing.
        var started = await visitor.PostWithTokenAsync(RunsPath, "/admin/sources");
        fixture.Figures.Check(started == HttpStatusCode.Accepted, $"{provider}: running the source again after the restart answered {started}");
        var source = await Eventually.ValueAsync(
            async () => await SourceAsync(visitor),
            s => !s.Running && s.LastOutcome is not null,
            "the second run to end", TimeSpan.FromSeconds(60));

        fixture.Figures.Check(source.LastOutcome is "Succeeded", $"{provider}: the run after the restart ended {source.LastOutcome}");
        var records = await CrawlSource.RecordsAsync(site);
        fixture.Figures.Check(source.ItemsFound > 2 && records.Count == source.ItemsFound,
            $"{provider}: the source has {source.ItemsFound} items, the catalogue {records.Count} records of it");
        fixture.Figures.Check(records.Select(r => r.ExternalId).Distinct().Count() == records.Count,
            $"{provider}: an item of the source is recorded twice");
        fixture.Figures.Check(records.Select(r => r.CallId).Distinct().Count() == records.Count,
            $"{provider}: two items of the source were merged into one call, or one call holds one item twice");
        var calls = await CallsOfSourceAsync(site);
        fixture.Figures.Check(calls == source.ItemsFound, $"{provider}: {calls} calls for {source.ItemsFound} items (duplicated or lost calls)");

        // The run the kill interrupted is closed by the next one, never left « en cours » in the source's history.
        var leftRunning = await RunsLeftRunningAsync(visitor);
        fixture.Figures.Check(leftRunning.Count == 0, $"{provider}: {leftRunning.Count} crawl runs left « en cours » in the history by the kill");

        var published = await new CatalogueWrites(site).PublishedCountAsync();
        var consistency = await Eventually.ValueAsync(
            async () => await IndexCrashTests.ConsistencyAsync(visitor),
            c => c.Status == "Healthy" && c.Pending == 0,
            "the index consistency check to pass", TimeSpan.FromSeconds(30)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : default);
        fixture.Figures.Check(consistency.Status == "Healthy" && consistency.Documents == published,
            $"{provider}: index consistency after the crawl: {consistency.Description} ({consistency.Documents} indexed, {published} published)");
        var total = await IndexCrashTests.SearchTotalAsync(visitor);
        fixture.Figures.Check(total == published, $"{provider}: the public search finds {total} calls for {published} published");
        var page = await visitor.GetAsync("/admin/sante");
        var row = page.Html.QuerySelector("[data-check=index-consistency]");
        fixture.Figures.Check(row?.GetAttribute("data-status") == "Healthy", $"{provider}: /admin/sante shows the consistency check as {row?.GetAttribute("data-status") ?? "absent"}");

        Assert.Empty(fixture.Figures.Violations.Skip(violationsBefore));
    }

    private static Task<CrawlSource.SourceState> SourceAsync(Visitor admin) => CrawlSource.StateAsync(admin);

    private static async Task<List<long>> RunsLeftRunningAsync(Visitor admin) =>
        [.. (await CrawlSource.RunsAsync(admin)).Where(r => r.Outcome == "Running" && !r.Ended).Select(r => r.Id)];

    private static async Task<int> CallsOfSourceAsync(FaultSite site) => (await CrawlSource.CallsAsync(site)).Count;
}
