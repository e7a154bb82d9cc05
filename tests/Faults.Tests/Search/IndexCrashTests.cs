using System.Net;
using System.Text.Json;
using Plateforme.Faults.Tests.Harness;

namespace Plateforme.Faults.Tests.Search;

/// <summary>
/// The real host is killed while its indexer applies catalogue changes: right after the index commit, before the
/// outbox rows are deleted, and from outside while calls are being published, renamed and withdrawn. After the
/// restart the index must equal the published catalogue, as the administrators' consistency check and the public
/// search both say, with nothing duplicated.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class IndexCrashTests(FaultsFixture fixture)
{
    private const string AfterCommit = "search.index.after-commit#1";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Killed_during_index_commits_the_host_restarts_with_the_index_equal_to_the_catalogue(string provider)
    {
        // The collection runs its tests one at a time: the violations after this count are this test's.
        var violationsBefore = fixture.Figures.Violations.Count;
        await using var site = await fixture.SiteAsync(provider);
        var lives = new Lives(site, fixture.Figures);
        var catalogue = new CatalogueWrites(site);

        // Migrations first: the catalogue's tables exist once a host has started.
        await lives.KillAsync(await lives.StartAsync());
        var host = await lives.StartAsync(AfterCommit);
        await catalogue.PublishAsync(40, perSave: 40);
        await lives.DiedAtPointAsync(host, AfterCommit);
        fixture.Figures.Check(await catalogue.OutboxCountAsync() > 0, $"{provider}: the kill after the index commit left no outbox row to replay");

        host = await lives.StartAsync();
        var writing = Task.Run(async () =>
        {
            await catalogue.PublishAsync(40, perSave: 5);
            await catalogue.RenameAsync(5);
            await catalogue.WithdrawAsync(3);
        });
        await Task.Delay(Random.Shared.Next(100, 600));
        await lives.KillAsync(host);
        await writing;

        await using var last = await lives.StartAsync();
        using var admin = new Visitor(site.Address);
        await admin.SignInAsync(FaultSite.AdminEmail, FaultSite.AdminPassword);
        var published = await catalogue.PublishedCountAsync();
        var consistency = await Eventually.ValueAsync(
            async () => await ConsistencyAsync(admin),
            c => c.Status == "Healthy" && c.Pending == 0,
            "the index consistency check to pass", TimeSpan.FromSeconds(30)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : default);

        fixture.Figures.Check(consistency.Status == "Healthy", $"{provider}: index consistency after restart: {consistency.Description}");
        fixture.Figures.Check(consistency.Published == published && consistency.Documents == published,
            $"{provider}: {published} published calls, the check saw {consistency.Published} and {consistency.Documents} indexed");
        var total = await SearchTotalAsync(admin);
        fixture.Figures.Check(total == published, $"{provider}: the public search finds {total} calls for {published} published (duplicates or losses)");
        var page = await admin.GetAsync("/admin/sante");
        var row = page.Html.QuerySelector("[data-check=index-consistency]");
        fixture.Figures.Check(row?.GetAttribute("data-status") == "Healthy", $"{provider}: the admin health page shows the consistency check as {row?.GetAttribute("data-status") ?? "absent"}");

        Assert.Empty(fixture.Figures.Violations.Skip(violationsBefore));
    }

    internal static async Task<Consistency> ConsistencyAsync(Visitor admin)
    {
        using var json = JsonDocument.Parse(await admin.GetTextAsync("/health/details"));
        var check = json.RootElement.GetProperty("checks").GetProperty("index-consistency");
        var data = check.GetProperty("data");
        return new Consistency(check.GetProperty("status").GetString() ?? "", check.GetProperty("description").GetString() ?? "",
            data.GetProperty("published").GetInt32(), data.GetProperty("documents").GetInt32(), data.GetProperty("pending").GetInt32());
    }

    internal static async Task<int> SearchTotalAsync(Visitor visitor)
    {
        using var json = JsonDocument.Parse(await visitor.GetTextAsync("/api/calls?pageSize=1"));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    internal readonly record struct Consistency(string Status, string Description, int Published, int Documents, int Pending);
}
