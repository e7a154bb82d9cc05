using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Shipped;

public sealed class VilleAmiensTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite().ServeFixture("ville-amiens"), "https://www.amiens.fr");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Reads_every_card_of_the_single_page()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("ville-amiens");

        Assert.Equal(
            ["Contrat de ville 2026 : appel à projets", "Fonds d'initiatives associatives", "Été dans les quartiers", "Budget participatif : proposez vos idées"],
            calls.Select(c => c.Title));
        Assert.Single(_harness.Site.RequestedPaths);
        Assert.Empty(diagnostics.Errors);
    }

    [Fact]
    public async Task Cards_that_are_links_resolve_against_the_declared_base()
    {
        var (calls, _) = await _harness.ReadAsync("ville-amiens");

        Assert.Equal(
            [
                "https://www.amiens.fr/vivre-a-amiens/vie-associative/appels-a-projets/contrat-de-ville-2026",
                "https://www.amiens.fr/vivre-a-amiens/vie-associative/appels-a-projets/fonds-initiatives-associatives",
                "https://www.amiens.fr/vivre-a-amiens/vie-associative/appels-a-projets/ete-dans-les-quartiers",
                "https://www.amiens.fr/vivre-a-amiens/vie-associative/appels-a-projets/budget-participatif",
            ],
            calls.Select(c => c.Url.AbsoluteUri));
    }

    [Fact]
    public async Task Keeps_the_date_ranges_as_written()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("ville-amiens");

        Assert.Equal("Du 19/12/2025 au 02/02/2026", calls[0].DeadlineText);
        Assert.Equal("Jusqu'au 11/02/2026", calls[1].DeadlineText);
        Assert.Equal("dd/MM/yyyy", calls[1].NumericDateFormat);
        Assert.Contains("1 500 €", calls[1].PageText, StringComparison.Ordinal);
        Assert.Equal("Jeunesse", calls[2].ThemesText);
        Assert.Null(calls[2].DeadlineText);
        Assert.Contains("jusqu'au 30 avril 2026", calls[2].PageText, StringComparison.Ordinal);
        Assert.Equal("Du 1er mars au 15 avril 2026", calls[3].DeadlineText);
        Assert.Equal(1, diagnostics.ItemsWithMissingFields);
    }
}
