using System.Net;
using System.Text.Json;
using Plateforme.Testing;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Lending;

namespace Plateforme.Web.Tests.Experiences;

/// <summary>
/// The experiences on PostgreSQL, with the PDF licence chosen: the seeded base on the map and the list, a sheet and its
/// PDF (the same bytes twice), and a member's sheet from draft to publication placed at its commune's centre.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresExperienceTests(ThrowawayPostgres postgres) : IAsyncLifetime
{
    private const string AmiensSheet = "/experiences/place-aux-entreprises-une-marque-et-une-plaquette-pour-les-hotels-d-entreprises";
    private AccountsApp app = null!;

    public async Task InitializeAsync() => app = new AccountsApp(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = await postgres.CreateDatabaseAsync(),
        ["Lending:Documents:PdfLicense"] = "AGPL",
    });

    // One test method: each method of a class would start its own application on PostgreSQL (about 25 s each).
    [Fact]
    public async Task The_seeded_base_is_on_the_map_and_the_list_a_sheet_downloads_as_the_same_pdf_twice_and_a_members_sheet_is_published_at_its_communes_centre()
    {
        using var visitor = app.NewVisitor();

        var search = await visitor.GetAsync("/experiences");
        var points = JsonDocument.Parse(search.Html.QuerySelector("[data-testid=experience-map]")!.GetAttribute("data-points")!).RootElement;
        var total = JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/experiences")).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(HttpStatusCode.OK, search.Status);
        // The 40 seeded sheets; only the 9 national ones have no point.
        Assert.Equal(40, total);
        Assert.Equal(31, points.GetArrayLength());
        Assert.Contains("31 des 40 expériences", search.Html.QuerySelector("#carte-aide")!.TextContent, StringComparison.Ordinal);

        var sheet = await visitor.GetAsync(AmiensSheet);
        var pdfLink = sheet.Html.QuerySelector("[data-testid=sheet-pdf]")!.GetAttribute("href")!;
        using var first = await visitor.Http.GetAsync(new Uri(pdfLink, UriKind.Relative));
        var bytes = await first.Content.ReadAsByteArrayAsync();
        var again = await visitor.Http.GetByteArrayAsync(new Uri(pdfLink, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, again);
        var text = PdfText.Extract(bytes).Replace('\n', ' ');
        foreach (var expected in new[] { "FICHE", "« Place aux entreprises »", "Contexte — diagnostic", "Conception et méthode", "Mise en œuvre", "Moyens et coûts", "3 600 €",
            "Résultats", "Points de vigilance", "Contacts", "Amiens (Somme) — Quartier Nord", "Source", "IREV" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("v.brunel", text, StringComparison.Ordinal);

        using var member = await app.MemberOfNewStructureAsync("postgres-redactrice");
        var title = "Une conciergerie solidaire " + Guid.NewGuid().ToString("N")[..6];
        var fields = ExperienceArrange.SheetFields(title, submit: true);
        fields["Input.Latitude"] = "";
        fields["Input.Longitude"] = "";

        var saved = await member.SubmitAsync("/experiences/nouvelle", "experience-form", fields);
        var id = (await member.GetAsync(saved.Redirect!)).Html.QuerySelectorAll("[data-testid=mine-item]")
            .Single(i => i.TextContent.Contains(title, StringComparison.Ordinal)).GetAttribute("data-id");
        using var moderator = await app.ModeratorAsync();
        var published = await moderator.SubmitAsync($"/moderation/experiences/{id}", "publish-form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        using var reader = app.NewVisitor();
        var found = JsonDocument.Parse(await reader.Http.GetStringAsync("/api/experiences?q=conciergerie%20solidaire&territory=dep:59")).RootElement;
        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(50.69, item.GetProperty("latitude").GetDouble(), 0.05);
        Assert.Equal(3.18, item.GetProperty("longitude").GetDouble(), 0.05);
        var page = await reader.GetAsync(item.GetProperty("url").GetString()!);
        Assert.Equal(title, page.Html.QuerySelector("h1")!.TextContent);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
