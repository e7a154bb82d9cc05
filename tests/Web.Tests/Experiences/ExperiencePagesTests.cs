using System.Net;
using System.Text.Json;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Experiences;

/// <summary>The public face of the seeded base: the search page, a sheet, the API and the open-data exports.</summary>
[Collection(ExperiencesCollection.Name)]
public sealed class ExperiencePagesTests(AccountsApp app)
{
    private const string AmiensSheet = "/experiences/place-aux-entreprises-une-marque-et-une-plaquette-pour-les-hotels-d-entreprises";

    [Fact]
    public async Task The_search_page_keeps_its_filters_in_the_address_and_lists_every_sheet_found()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync("/experiences?q=p%C3%A9pini%C3%A8re&territory=dep:80");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var titles = page.Html.QuerySelectorAll("[data-testid=experience-link]").Select(a => a.TextContent).ToList();
        Assert.Contains(titles, t => t.StartsWith("Trois pépinières de la CCI Amiens Picardie", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.StartsWith("La pépinière de Beauvais", StringComparison.Ordinal));
        Assert.Equal("pépinière", page.Html.QuerySelector("#q")!.GetAttribute("value"));
        Assert.NotNull(page.Html.QuerySelector("#territory option[value='dep:80'][selected]"));
    }

    [Fact]
    public async Task A_sheet_shows_its_sections_its_source_and_similar_experiences_but_not_withheld_contacts()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync(AmiensSheet);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("3 600 €", page.Html.QuerySelector("[data-testid=section-moyens-et-couts]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("IREV", page.Html.QuerySelector("[data-testid=sheet-source]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("v.brunel", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Html.QuerySelector("[data-testid=to-be-updated]"));
        Assert.Equal(4, page.Html.QuerySelectorAll("[data-testid=similar-link]").Length);
    }

    [Fact]
    public async Task An_unknown_sheet_is_a_french_not_found_page_and_a_problem_for_the_api()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync("/experiences/une-fiche-qui-n-existe-pas");
        var api = await visitor.Http.GetAsync("/api/experiences/une-fiche-qui-n-existe-pas");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_bad_filter_is_a_french_validation_problem()
    {
        using var visitor = app.NewVisitor();

        var response = await visitor.Http.GetAsync("/api/experiences?theme=jardinage&territory=dep:999&page=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.StartsWith("Cette thématique n'existe pas", errors.GetProperty("theme")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("territory", out _));
        Assert.True(errors.TryGetProperty("page", out _));
    }

    [Fact]
    public async Task The_open_data_exports_carry_the_whole_base_and_a_licence()
    {
        using var visitor = app.NewVisitor();

        var csv = await visitor.Http.GetStringAsync("/api/experiences/export.csv");
        var geo = JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/experiences/export.geojson")).RootElement;

        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("# Base des expériences de Plateforme — données sous Licence Ouverte 2.0", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("slug;titre;", lines[1], StringComparison.Ordinal);
        Assert.True(lines.Length >= 42);
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        Assert.True(geo.GetProperty("features").GetArrayLength() >= 40);
        Assert.Contains("Licence Ouverte", geo.GetProperty("licence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_experiences_api()
    {
        using var visitor = app.NewVisitor();

        var openApi = await visitor.Http.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/experiences\"", openApi, StringComparison.Ordinal);
        Assert.Contains("SearchExperiences", openApi, StringComparison.Ordinal);
    }
}
