using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Store;
using Plateforme.Crawler.Tests.Pipeline;
using Plateforme.Crawler.Tests.Sources.Support;
using Plateforme.Search.Catalogue;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Crawler.Tests.Sources.Shipped;

/// <summary>
/// A real crawl run of the shipped aides-territoires definition against a WireMock copy of the API (token exchange,
/// two pages), into the SQLite catalogue: what the catalogue holds afterwards, field by field.
/// </summary>
public sealed class AidesTerritoiresCrawlTests : IAsyncLifetime
{
    private const string Secret = "jeton-api-du-compte";
    private const string AidsPath = "/api/aids/";
    private readonly WireMockServer _api = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
    private CrawlEnvironment _environment = null!;

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(FixtureSite.FixturesDirectory, "aides-territoires");
        _api.Given(Request.Create().WithPath("/api/connexion/").WithHeader("X-AUTH-TOKEN", Secret).UsingPost())
            .RespondWith(Json("""{"token":"bearer-du-jour"}"""));
        _api.Given(Request.Create().WithPath(AidsPath).WithParam("page", "2").WithHeader("Authorization", "Bearer bearer-du-jour").UsingGet()).AtPriority(1)
            .RespondWith(Json(await File.ReadAllTextAsync(Path.Combine(folder, "page-2.json"))));
        _api.Given(Request.Create().WithPath(AidsPath).WithHeader("Authorization", "Bearer bearer-du-jour").UsingGet()).AtPriority(2)
            .RespondWith(Json(await File.ReadAllTextAsync(Path.Combine(folder, "page-1.json"))));
        _environment = new CrawlEnvironment(
            new Dictionary<string, Uri> { ["aides-territoires"] = new(_api.Url!) },
            new Dictionary<string, string?> { ["Crawler:Secrets:aides-territoires"] = Secret });
        await _environment.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _environment.DisposeAsync();
        _api.Stop();
    }

    [Fact]
    public async Task The_run_exchanges_the_token_once_reads_both_pages_and_asks_with_the_current_audience_filter()
    {
        var run = await _environment.RunAsync("aides-territoires");

        Assert.True(run.Outcome == CrawlRunOutcome.Succeeded && run.Complete, string.Join(" / ", run.Errors));
        Assert.Equal(3, run.CallsCreated);
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Method == "POST");
        var pages = _api.LogEntries.Where(e => e.RequestMessage.Path == AidsPath).ToList();
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Equal("association", p.RequestMessage.Query!["organization_type_slugs"].Single()));
        Assert.All(pages, p => Assert.False(p.RequestMessage.Query!.ContainsKey("targeted_audiences")));
    }

    [Fact]
    public async Task An_aid_with_two_funders_gets_two_funders_the_first_leading()
    {
        await _environment.RunAsync("aides-territoires");

        await using var db = await _environment.CatalogueAsync();
        var youth = await CallAsync(db, "Soutenir les projets associatifs en faveur de la jeunesse");
        var fdva = await CallAsync(db, "Fonds pour le développement de la vie associative (FDVA) — formation des bénévoles");
        Assert.Equal(["Département de la Somme", "Caisse d'allocations familiales de la Somme"], await FunderNamesAsync(db, youth));
        Assert.Equal(["Ministère de l'Éducation nationale et de la Jeunesse", "Service départemental à la jeunesse, à l'engagement et aux sports (SDJES)"],
            await FunderNamesAsync(db, fdva));
    }

    [Fact]
    public async Task A_second_run_of_the_same_answers_changes_nothing()
    {
        await _environment.RunAsync("aides-territoires");

        var second = await _environment.RunAsync("aides-territoires");

        Assert.Equal((0, 0, 0), (second.CallsCreated, second.CallsUpdated, second.CallsPendingReview));
        await using var db = await _environment.CatalogueAsync();
        Assert.Equal(3, await db.FundingCalls.CountAsync());
    }

    [Fact]
    public async Task Contact_is_kept_as_sanitised_html_and_the_summary_comes_from_the_description()
    {
        await _environment.RunAsync("aides-territoires");

        await using var db = await _environment.CatalogueAsync();
        var youth = await CallAsync(db, "Soutenir les projets associatifs en faveur de la jeunesse");
        Assert.Equal("AAP Jeunesse", youth.ShortTitle);
        Assert.StartsWith("Le Département lance un appel à projets", youth.Summary, StringComparison.Ordinal);
        Assert.Contains("<strong>Direction de la jeunesse et des sports</strong>", youth.ContactHtml, StringComparison.Ordinal);
        Assert.Contains("mailto:jeunesse@somme.fr", youth.ContactHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", youth.ContactHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", youth.ContactHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("jeunesse@somme.fr", youth.Contact, StringComparison.Ordinal);
        Assert.DoesNotContain("<", youth.Contact, StringComparison.Ordinal);
        Assert.Contains("<li>Un chantier de jeunes bénévoles à Abbeville</li>", youth.ProjectExamplesHtml, StringComparison.Ordinal);
        Assert.Contains("Un festival organisé par des 16-25 ans à Péronne", youth.ProjectExamples, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Programmes_dates_spending_kinds_and_categories_are_mapped_from_the_structure()
    {
        await _environment.RunAsync("aides-territoires");

        await using var db = await _environment.CatalogueAsync();
        var youth = await CallAsync(db, "Soutenir les projets associatifs en faveur de la jeunesse");
        Assert.Equal(["Petites villes de demain", "Action cœur de ville"], youth.Programmes);
        Assert.Equal(new DateOnly(2026, 2, 13), youth.PreDepositOn);
        Assert.Equal(new DateOnly(2026, 3, 15), youth.Deadline);
        Assert.Equal(["fonctionnement", "investissement"], youth.Destinations);
        Assert.Equal("Département", youth.PerimeterScale);
        Assert.False(youth.IsCharged);
        Assert.Null(youth.EuropeanAid);
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 8, 15, 2, TimeSpan.Zero), youth.SourceUpdatedAt);
        // One theme per category, read from the category's own name (commas included), never from pieces of it.
        Assert.Equal(["jeunesse", "sport", "developpement-economique-commerce"], youth.Themes);
        Assert.All(youth.SubThemes, s => Assert.Contains(Search.Reference.ThemeTaxonomy.Default.FindSubTheme(s)!.ThemeSlug, youth.Themes));
    }

    [Fact]
    public async Task A_paid_european_aid_keeps_its_programme_and_the_import_attribution()
    {
        await _environment.RunAsync("aides-territoires");

        await using var db = await _environment.CatalogueAsync();
        var loan = await CallAsync(db, "Prêt d'honneur solidaire pour les structures de l'ESS");
        Assert.Equal(["LEADER"], loan.Programmes);
        Assert.True(loan.IsCharged);
        Assert.Equal(EuropeanAidKinds.Structural, loan.EuropeanAid);
        Assert.Equal("Ces données sont mises à disposition par France Active.", loan.AttributionMention);
        Assert.Equal("openlicence20", loan.AttributionLicence);
        Assert.Equal("https://www.franceactive.org/opendata/prets-solidaires.csv", loan.AttributionUrl);
        Assert.Equal(["investissement"], loan.Destinations);
        Assert.Null(loan.SourceUpdatedAt);
    }

    private static Task<FundingCall> CallAsync(Search.Catalogue.Store.CatalogueDbContext db, string title) =>
        db.FundingCalls.AsNoTracking().SingleAsync(c => c.Title == title);

    private static async Task<List<string>> FunderNamesAsync(Search.Catalogue.Store.CatalogueDbContext db, FundingCall call)
    {
        var funders = await db.Funders.AsNoTracking().Where(f => call.Funders.Contains(f.Slug)).ToDictionaryAsync(f => f.Slug, f => f.Name);
        return [.. call.Funders.Select(slug => funders[slug])];
    }

    private static IResponseBuilder Json(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
