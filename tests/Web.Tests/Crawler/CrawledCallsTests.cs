using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Outbox;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Pages;

namespace Plateforme.Web.Tests.Crawler;

/// <summary>An administrator runs the shipped sources (loopback copies of their sites) from the admin API; visitors then find the calls.</summary>
[Collection(CrawlerAdminCollection.Name)]
public sealed class CrawledCallsTests(CrawlerAdminApp crawler)
{
    [Fact]
    public async Task Sources_run_from_the_admin_api_land_in_search_and_their_health_is_shown()
    {
        using var admin = await crawler.SignedInAdministratorAsync();

        foreach (var sourceId in crawler.SourceIds) await RunAndWaitAsync(admin, sourceId);
        await crawler.App.Services.GetRequiredService<OutboxDrainer>().DrainAsync();

        using var list = await GetJsonAsync(admin, "/api/admin/sources");
        var sources = list.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal(crawler.SourceIds.Order(), sources.Keys.Order());
        Assert.All(sources.Values, s => Assert.Equal("Ok", s.GetProperty("health").GetProperty("state").GetString()));
        Assert.Equal(4, sources["ville-amiens"].GetProperty("lastRun").GetProperty("itemsFound").GetInt32());
        Assert.Equal(1, sources["region-hauts-de-france"].GetProperty("deadLinks").GetInt32());

        var visitor = crawler.App.CreateClient();
        using var api = JsonDocument.Parse(await visitor.GetStringAsync(new Uri("/api/calls?q=FEDER%20inclusion%20sociale", UriKind.Relative)));
        Assert.Contains(api.RootElement.GetProperty("hits").EnumerateArray(),
            h => h.GetProperty("title").GetString() == "FEDER - Inclusion sociale et lutte contre la pauvreté");
        using var amiens = JsonDocument.Parse(await visitor.GetStringAsync(new Uri("/api/calls?q=solidarit%C3%A9s%20hivernales", UriKind.Relative)));
        Assert.Contains(amiens.RootElement.GetProperty("hits").EnumerateArray(),
            h => h.GetProperty("title").GetString() == "Solidarités hivernales : aide aux associations caritatives");

        var page = await visitor.GetOkPageAsync("/recherche?q=FEDER%20inclusion%20sociale");
        Assert.Contains("FEDER - Inclusion sociale et lutte contre la pauvreté", page.Body!.TextContent, StringComparison.Ordinal);

        var adminPage = await admin.GetAsync("/admin/sources");
        Assert.Equal(HttpStatusCode.OK, adminPage.Status);
        var amiensRow = adminPage.Html.QuerySelector("[data-testid=admin-source][data-source=ville-amiens]")!;
        Assert.Equal("ok", amiensRow.GetAttribute("data-health"));
        Assert.Equal("4", amiensRow.QuerySelector("[data-testid=source-found]")!.TextContent.Trim());

        var hautsDeFrance = await admin.GetAsync("/admin/sources/region-hauts-de-france");
        Assert.EndsWith("/aides/ami-europe-erasmus", hautsDeFrance.Html.QuerySelector("[data-testid=dead-link] a")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotEmpty(hautsDeFrance.Html.QuerySelectorAll("[data-testid=run]"));
        // The yield over time as an inline SVG chart, with its figures as a table.
        var yieldChart = hautsDeFrance.Html.QuerySelector("[data-testid=source-yield-chart]")!;
        Assert.Equal("img", yieldChart.QuerySelector("svg")!.GetAttribute("role"));
        Assert.NotEmpty(yieldChart.QuerySelectorAll("[data-testid=chart-table] tbody tr"));

        // Every row of the sources table has as many cells as the header has columns, the action last.
        var columns = adminPage.Html.QuerySelectorAll("table.sources thead th").Length;
        Assert.All(adminPage.Html.QuerySelectorAll("[data-testid=admin-source]"), row =>
        {
            Assert.Equal(columns, row.Children.Sum(cell => int.TryParse(cell.GetAttribute("colspan"), out var span) ? span : 1));
            Assert.Contains("admin-sources__action", row.Children.Last().ClassName, StringComparison.Ordinal);
        });

        var publicSources = await visitor.GetOkPageAsync("/sources");
        Assert.Equal("ok", publicSources.QuerySelector("[data-source=ville-amiens] [data-testid=source-health]")!.GetAttribute("data-health"));
    }

    [Fact]
    public async Task The_call_page_says_when_its_link_on_a_source_stopped_answering()
    {
        using var admin = await crawler.SignedInAdministratorAsync();
        await RunAndWaitAsync(admin, "region-hauts-de-france");
        await crawler.App.Services.GetRequiredService<OutboxDrainer>().DrainAsync();
        string slug;
        await using (var db = await crawler.App.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync())
        {
            slug = (await db.FundingCalls.SingleAsync(c => c.Title == "AMI Europe : mobilité Erasmus+ des bénévoles")).Slug;
        }

        var page = await crawler.App.CreateClient().GetOkPageAsync("/appels/" + slug);

        Assert.Equal("Ce lien ne répond plus depuis le 23 novembre 2026.", page.QuerySelector("[data-testid=call-source] [data-testid=dead-link]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_run_now_button_starts_the_source_in_the_background_and_the_page_says_so()
    {
        using var admin = await crawler.SignedInAdministratorAsync();

        var answer = await admin.SubmitAsync("/admin/sources/ville-amiens", "run-now-form", new Dictionary<string, string>());
        await WaitUntilIdleAsync(admin, "ville-amiens");
        var page = await admin.GetAsync(answer.Redirect!);

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/admin/sources/ville-amiens?lancee=ville-amiens", answer.Redirect);
        Assert.Equal("Le passage de « Ville d'Amiens — appels à projets associatifs » est lancé en arrière-plan : rechargez la page pour voir son résultat.",
            page.Message);
        Assert.NotEmpty(page.Html.QuerySelectorAll("[data-testid=run]"));
    }

    [Fact]
    public async Task Asking_for_an_unknown_source_is_a_french_problem()
    {
        using var admin = await crawler.SignedInAdministratorAsync();

        using var get = await admin.Http.GetAsync(new Uri("/api/admin/sources/nulle-part", UriKind.Relative));
        using var post = await admin.PostWithTokenAsync("/api/admin/sources/nulle-part/runs", "/admin/sources");
        var page = await admin.GetAsync("/admin/sources/nulle-part");

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (get.StatusCode, get.Content.Headers.ContentType?.MediaType));
        using var problem = JsonDocument.Parse(await get.Content.ReadAsStringAsync());
        Assert.Equal("Source inconnue", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("Aucune source n'a l'identifiant « nulle-part ».", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    private static async Task RunAndWaitAsync(AccountClient admin, string sourceId)
    {
        using var started = await admin.PostWithTokenAsync($"/api/admin/sources/{sourceId}/runs", "/admin/sources");
        Assert.True(started.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Conflict, $"{sourceId}: {started.StatusCode}");
        if (started.StatusCode == HttpStatusCode.Accepted) Assert.Equal($"/api/admin/sources/{sourceId}", started.Headers.Location?.OriginalString);
        await WaitUntilIdleAsync(admin, sourceId);
    }

    /// <summary>The run is in the background: its status is read until it ends (a minute at most).</summary>
    private static Task WaitUntilIdleAsync(AccountClient admin, string sourceId) =>
        Eventually.TrueAsync(
            async () =>
            {
                using var detail = await GetJsonAsync(admin, $"/api/admin/sources/{sourceId}");
                var source = detail.RootElement.GetProperty("source");
                return !source.GetProperty("running").GetBoolean() && source.TryGetProperty("lastRun", out _);
            },
            $"the run of {sourceId} to end",
            TimeSpan.FromMinutes(1));

    private static async Task<JsonDocument> GetJsonAsync(AccountClient client, string url)
    {
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
