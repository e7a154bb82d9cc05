using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Outbox;
using Plateforme.Testing;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Pages;

namespace Plateforme.Web.Tests.Crawler;

/// <summary>
/// Aids imported from aides-territoires (its loopback copy, run from the admin API), as a visitor sees them: the call
/// page in French with programmes, pre-deposit, cost, European aid, HTML contact and attribution; the programme filter.
/// </summary>
[Collection(CrawlerAdminCollection.Name)]
public sealed class AidesTerritoiresCallPageTests(CrawlerAdminApp crawler)
{
    private const string YouthTitle = "Soutenir les projets associatifs en faveur de la jeunesse";
    private const string LoanTitle = "Prêt d'honneur solidaire pour les structures de l'ESS";

    [Fact]
    public async Task The_call_page_shows_programmes_pre_deposit_cost_and_the_contact_as_html()
    {
        var slug = await ImportAsync(YouthTitle);

        var page = await crawler.App.CreateClient().GetOkPageAsync("/appels/" + slug);

        Assert.Equal(["Petites villes de demain", "Action cœur de ville"], page.QuerySelectorAll("[data-testid=call-programme]").Select(a => a.TextContent.Trim()));
        Assert.Equal("/recherche?programme=petites-villes-de-demain", page.QuerySelector("[data-testid=call-programme]")!.GetAttribute("href"));
        Assert.Equal(("Pré-dépôt avant le", "13 février 2026"), Fact(page, "call-predeposit"));
        Assert.Equal(("Coût pour le porteur", "Aide gratuite"), Fact(page, "call-cost"));
        Assert.Equal(("Échelle du territoire", "Département"), Fact(page, "call-scale"));
        var contact = page.QuerySelector("[data-testid=call-contact]")!;
        Assert.Equal("Direction de la jeunesse et des sports", contact.QuerySelector("strong")!.TextContent);
        Assert.Equal("mailto:jeunesse@somme.fr", contact.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("<p>", contact.TextContent, StringComparison.Ordinal);
        Assert.Null(contact.QuerySelector("script"));
        Assert.Equal("Mis à jour par la source le 6 janvier 2026", page.QuerySelector("[data-testid=call-source-updated]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-testid=call-european]"));
    }

    [Fact]
    public async Task A_paid_european_aid_shows_it_and_the_attribution_of_its_imported_data()
    {
        var slug = await ImportAsync(LoanTitle);

        var page = await crawler.App.CreateClient().GetOkPageAsync("/appels/" + slug);

        Assert.Equal(("Coût pour le porteur", "Aide payante"), Fact(page, "call-cost"));
        Assert.Equal(("Aide européenne", "Oui, structurelle (fonds européens gérés en région)"), Fact(page, "call-european"));
        Assert.Equal(["LEADER"], page.QuerySelectorAll("[data-testid=call-programme]").Select(a => a.TextContent.Trim()));
        var attribution = page.QuerySelector("[data-testid=call-attribution]")!;
        Assert.Equal("Données : Ces données sont mises à disposition par France Active. Licence : Licence Ouverte 2.0 (Etalab) — Jeu de données d'origine",
            Flat(attribution.TextContent));
        Assert.Equal("https://www.franceactive.org/opendata/prets-solidaires.csv", attribution.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_programme_filter_finds_the_aids_of_a_programme_in_the_api_and_on_the_search_page()
    {
        await ImportAsync(YouthTitle);
        var visitor = crawler.App.CreateClient();

        using var api = JsonDocument.Parse(await visitor.GetStringAsync(new Uri("/api/calls?programme=action-coeur-de-ville&pageSize=100", UriKind.Relative)));
        var page = await visitor.GetOkPageAsync("/recherche?programme=leader");
        using var detail = JsonDocument.Parse(await visitor.GetStringAsync(new Uri(
            "/api/calls/" + api.RootElement.GetProperty("hits")[0].GetProperty("id").GetString(), UriKind.Relative)));

        Assert.Equal([YouthTitle], api.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()));
        Assert.Contains(page.QuerySelectorAll("[data-testid=facet-programme] a"), a => a.TextContent.Contains("Action cœur de ville", StringComparison.Ordinal));
        Assert.Equal(1, page.Total());
        Assert.Contains("LEADER", page.QuerySelector("[data-testid=active-filters]")!.TextContent, StringComparison.Ordinal);
        var programmes = detail.RootElement.GetProperty("sourceDetails").GetProperty("programmes");
        Assert.Equal("action-coeur-de-ville", programmes[1].GetProperty("slug").GetString());
        Assert.Equal("Action cœur de ville", programmes[1].GetProperty("name").GetString());
        Assert.Equal("2026-02-13", detail.RootElement.GetProperty("sourceDetails").GetProperty("preDepositOn").GetString());
    }

    [Fact]
    public async Task A_programme_that_cannot_be_a_slug_is_a_french_problem()
    {
        var (status, contentType, body) = await crawler.App.CreateClient().GetRawAsync("/api/calls?programme=%3Cscript%3E");

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(body!.Value.GetProperty("errors").TryGetProperty("programme", out _));
    }

    [Fact]
    public async Task Known_programmes_are_listed_and_each_is_accepted_by_the_search()
    {
        var client = crawler.App.CreateClient();

        var values = await client.GetJsonAsync("/api/reference/programmes");

        Assert.Contains(values.EnumerateArray(), v => v.GetProperty("value").GetString() == "petites-villes-de-demain" && v.GetProperty("label").GetString() == "Petites villes de demain");
        foreach (var value in values.EnumerateArray())
        {
            var (status, _, _) = await client.GetRawAsync("/api/calls?pageSize=1&programme=" + value.GetProperty("value").GetString());
            Assert.Equal(200, status);
        }
    }

    /// <summary>Runs the aides-territoires source (once per app) and gives the slug of the call with this title.</summary>
    private async Task<string> ImportAsync(string title)
    {
        using var admin = await crawler.SignedInAdministratorAsync();
        var factory = crawler.App.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            if (await db.FundingCalls.AnyAsync(c => c.Title == title) is false)
            {
                using var started = await admin.PostWithTokenAsync("/api/admin/sources/aides-territoires/runs", "/admin/sources");
                Assert.True(started.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Conflict, started.StatusCode.ToString());
                await Eventually.TrueAsync(
                    async () =>
                    {
                        await using var check = await factory.CreateDbContextAsync();
                        return await check.FundingCalls.AnyAsync(c => c.Title == title);
                    },
                    "the aides-territoires run to import " + title,
                    TimeSpan.FromMinutes(1));
            }
        }

        await crawler.App.Services.GetRequiredService<OutboxDrainer>().DrainAsync();
        await using var read = await factory.CreateDbContextAsync();
        return (await read.FundingCalls.SingleAsync(c => c.Title == title)).Slug;
    }

    /// <summary>The label and the value of one row of the call's facts.</summary>
    private static (string Label, string Value) Fact(AngleSharp.Html.Dom.IHtmlDocument page, string testId)
    {
        var row = page.QuerySelector($"[data-testid={testId}]")!;
        return (row.QuerySelector("dt")!.TextContent.Trim(), row.QuerySelector("dd")!.TextContent.Trim());
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
