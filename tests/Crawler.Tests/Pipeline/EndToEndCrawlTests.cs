using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Store;
using Plateforme.Crawler.Tests.Sources.Support;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Tests.Pipeline;

public sealed class EndToEndCrawlTests
{
    private const string AmiensPath = "/vivre-a-amiens/vie-associative/appels-a-projets";

    [Fact]
    public async Task A_full_crawl_of_every_shipped_source_lands_each_call_once_in_search()
    {
        await using var environment = new CrawlEnvironment();
        await environment.StartAsync();

        var runs = (await environment.RunAllAsync()).ToDictionary(r => r.SourceId);

        Assert.All(runs.Values.Where(r => r.SourceId is not ("data-gouv-fonjep-aap" or "region-hauts-de-france")),
            run => Assert.True(run.Outcome == CrawlRunOutcome.Succeeded && run.Complete, run.SourceId + " : " + string.Join(" / ", run.Errors)));
        // A CSV row without a title is an error of the run: it does not count as complete.
        Assert.Equal((CrawlRunOutcome.PartiallySucceeded, false), (runs["data-gouv-fonjep-aap"].Outcome, runs["data-gouv-fonjep-aap"].Complete));
        // A detail page answering 404 is a dead link, not a gap in the listing.
        Assert.Equal((CrawlRunOutcome.PartiallySucceeded, true, 1), (runs["region-hauts-de-france"].Outcome, runs["region-hauts-de-france"].Complete, runs["region-hauts-de-france"].DeadLinks));

        await using var db = await environment.CatalogueAsync();
        var calls = await db.FundingCalls.Include(c => c.Sources).ToListAsync();
        Assert.Equal(runs.Values.Sum(r => r.CallsCreated), calls.Count);
        Assert.Equal(calls.Count + runs.Values.Sum(r => r.CallsUpdated), calls.Sum(c => c.Sources.Count));
        var all = environment.Search();
        Assert.Equal(calls.Count(c => c.State == ModerationState.Published), all.Total);
        Assert.Equal(all.Total, all.Hits.Select(h => h.Call.Id).Distinct().Count());
        Assert.True(calls.Count > 30, $"{calls.Count} calls");
    }

    [Fact]
    public async Task A_call_on_two_sources_is_found_once_with_both_listings()
    {
        var amiens = File.ReadAllText(Path.Combine(FixtureSite.FixturesDirectory, "ville-amiens", "appels-a-projets.html"));
        // The city's call also appears on the aggregator's first page, under the aggregator's own wording.
        var aggregator = File.ReadAllText(Path.Combine(FixtureSite.FixturesDirectory, "appelaprojets", "page-0.html"))
            .Replace("<div class=\"projet\">", """
                <div class="projet"><div class="content"><h3>Contrat de ville 2026 - appel à projets - Ville d'Amiens</h3>
                <div class="infos">Quartiers prioritaires d'Amiens.</div><strong class="date">Expire le 02/02/2026</strong>
                <a class="btn" href="https://www.amiens.fr/vivre-a-amiens/vie-associative/appels-a-projets/contrat-de-ville-2026?utm_source=aap">Voir</a></div></div>
                <div class="projet">
                """, StringComparison.Ordinal);
        using var amiensSite = new EditablePage(AmiensPath, amiens);
        using var aggregatorSite = new EditablePage("/appelprojet", aggregator);
        await using var environment = new CrawlEnvironment(new Dictionary<string, Uri> { ["ville-amiens"] = amiensSite.Url, ["appelaprojets"] = aggregatorSite.Url });
        await environment.StartAsync();

        await environment.RunAsync("ville-amiens");
        await environment.RunAsync("appelaprojets");

        var hit = Assert.Single(environment.Search("contrat de ville").Hits, h => h.Call.Title.StartsWith("Contrat de ville", StringComparison.Ordinal));
        await using var db = await environment.CatalogueAsync();
        var call = await db.FundingCalls.Include(c => c.Sources).SingleAsync(c => c.Id == hit.Call.Id);
        Assert.Equal(["appelaprojets", "ville-amiens"], call.Sources.Select(s => s.SourceId).Order());
    }

    [Fact]
    public async Task Recrawls_apply_dates_hold_title_changes_keep_moderator_fields_and_withdraw_what_left_after_three_runs()
    {
        var original = File.ReadAllText(Path.Combine(FixtureSite.FixturesDirectory, "ville-amiens", "appels-a-projets.html"));
        using var site = new EditablePage(AmiensPath, original);
        await using var environment = new CrawlEnvironment(new Dictionary<string, Uri> { ["ville-amiens"] = site.Url });
        await environment.StartAsync();
        var first = await environment.RunAsync("ville-amiens");
        Assert.Equal(4, first.CallsCreated);
        var fund = await EditAsModeratorAsync(environment, "Fonds d'initiatives associatives", "Résumé relu par la modération.");

        site.Html = original
            .Replace("Du 19/12/2025 au 02/02/2026", "Du 19/12/2025 au 16/02/2026", StringComparison.Ordinal)
            .Replace("<h2 class=\"card__title\">Fonds d'initiatives associatives</h2>", "<h2 class=\"card__title\">Fonds d'initiatives associatives 2026</h2>", StringComparison.Ordinal)
            .Replace("Coup de pouce jusqu'à", "Nouveau coup de pouce jusqu'à", StringComparison.Ordinal);
        site.Html = site.Html.Remove(site.Html.IndexOf("<a class=\"card\" href=\"https://www.amiens.fr/vivre-a-amiens/vie-associative/appels-a-projets/ete-dans-les-quartiers\">", StringComparison.Ordinal),
            site.Html.IndexOf("<a class=\"card\" href=\"appels-a-projets/budget-participatif\">", StringComparison.Ordinal)
            - site.Html.IndexOf("<a class=\"card\" href=\"https://www.amiens.fr/vivre-a-amiens/vie-associative/appels-a-projets/ete-dans-les-quartiers\">", StringComparison.Ordinal));

        var second = await environment.RunAsync("ville-amiens");

        Assert.Equal(new DateOnly(2026, 2, 16), Assert.Single(environment.Search("contrat de ville").Hits, h => h.Call.Title.StartsWith("Contrat de ville", StringComparison.Ordinal)).Call.Deadline);
        var fundHit = Assert.Single(environment.Search("fonds initiatives associatives").Hits, h => h.Call.Id == fund);
        Assert.Equal("Fonds d'initiatives associatives", fundHit.Call.Title);
        Assert.Equal("Résumé relu par la modération.", fundHit.Call.Summary);
        Assert.Equal(1, second.CallsPendingReview);
        await using (var db = await environment.CatalogueAsync())
        {
            var pending = await db.CallChanges.SingleAsync(c => c.CallId == fund && c.Kind == CallChangeKind.PendingReview);
            Assert.Equal("crawler:ville-amiens", pending.Actor);
            Assert.Contains("\"after\":\"Fonds d'initiatives associatives 2026\"", pending.DiffJson, StringComparison.Ordinal);
        }

        Assert.Single(environment.Search("été dans les quartiers").Hits, IsSummer);
        var third = await environment.RunAsync("ville-amiens");
        Assert.Single(environment.Search("été dans les quartiers").Hits, IsSummer);
        var fourth = await environment.RunAsync("ville-amiens");

        Assert.Equal((0, 0, 1), (second.CallsWithdrawn, third.CallsWithdrawn, fourth.CallsWithdrawn));
        Assert.DoesNotContain(environment.Search("été dans les quartiers").Hits, IsSummer);
        await using var check = await environment.CatalogueAsync();
        var gone = await check.FundingCalls.Include(c => c.History).SingleAsync(c => c.Title == "Été dans les quartiers");
        Assert.Equal(ModerationState.Withdrawn, gone.State);
        Assert.Contains(gone.History, h => h.Kind == CallChangeKind.StateChanged && h.Reason == SourceLifecycle.WithdrawalReason);
        Assert.Equal(3, await check.FundingCalls.CountAsync(c => c.State == ModerationState.Published));
    }

    [Fact]
    public async Task A_detail_page_answering_404_flags_its_item_as_a_dead_link()
    {
        await using var environment = new CrawlEnvironment();
        await environment.StartAsync();

        await environment.RunAsync("region-hauts-de-france");

        await using var store = await environment.CrawlerStoreAsync();
        var dead = Assert.Single(await new CrawlRunHistory(environment.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CrawlerDbContext>>()).DeadLinksAsync("region-hauts-de-france"));
        Assert.Equal(404, dead.LinkStatusCode);
        Assert.EndsWith("/aides/ami-europe-erasmus", dead.Url, StringComparison.Ordinal);
    }

    private static bool IsSummer(Plateforme.Search.Indexing.SearchHit hit) => hit.Call.Title == "Été dans les quartiers";

    private static async Task<Guid> EditAsModeratorAsync(CrawlEnvironment environment, string title, string summary)
    {
        await using var db = await environment.CatalogueAsync();
        var call = await db.FundingCalls.SingleAsync(c => c.Title == title);
        call.Summary = summary;
        call.ModeratorEditedFields = ["Summary"];
        db.CallChanges.Add(new CallChange { CallId = call.Id, Actor = "moderator:1", Kind = CallChangeKind.Updated, At = environment.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        return call.Id;
    }
}
