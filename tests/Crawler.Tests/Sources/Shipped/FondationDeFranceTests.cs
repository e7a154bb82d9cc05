using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Shipped;

public sealed class FondationDeFranceTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite().ServeFixture("fondation-de-france"), "https://www.fondationdefrance.org");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Reads_both_listing_pages_and_every_detail_page()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("fondation-de-france");

        Assert.Equal(
            ["Vivre ensemble dans les territoires ruraux", "Lutter contre la précarité alimentaire", "Grand âge et lien social", "Éducation à la nature et à l'environnement"],
            calls.Select(c => c.Title));
        Assert.Equal(6, diagnostics.PagesFetched);
        Assert.Equal("dernière page (pas de page suivante)", diagnostics.PagingStopReason);
        Assert.Empty(diagnostics.Errors);
    }

    [Fact]
    public async Task The_detail_page_wins_over_the_listing()
    {
        var (calls, _) = await _harness.ReadAsync("fondation-de-france");

        var rural = calls[0];
        Assert.Equal("Date limite de dépôt du dossier : 12 mars 2026\nComité de sélection : juin 2026", rural.DeadlineText);
        Assert.Equal("Au maximum 80 % du coût total du projet, et pourra s'élever de 10 à 30 000 € par projet.", rural.AmountText);
        Assert.Equal("France métropolitaine, communes de moins de 10 000 habitants.", rural.TerritoryText);
        Assert.Equal("Solidarités", rural.ThemesText);
        Assert.Contains("<iframe", rural.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal("<p>Soutenir les initiatives qui recréent du lien dans les villages.</p>", rural.SummaryHtml);
        Assert.Equal("https://fondationdefrance.my.site.com/candidature?aap=VER2026", rural.ApplicationUrl?.AbsoluteUri);
        Assert.StartsWith("Vivre ensemble dans les territoires ruraux\n", rural.PageText, StringComparison.Ordinal);
        Assert.DoesNotContain("Autres appels", rural.PageText, StringComparison.Ordinal);
        Assert.Contains("page de détail : https://www.fondationdefrance.org/fr/appels-a-projets/vivre-ensemble-rural", rural.RawPayload, StringComparison.Ordinal);

        Assert.Equal("Deux sessions : du 1er décembre 2025 au 15 janvier 2026 ou du 1er mars au 28 mai 2026 à 11h.", calls[1].DeadlineText);
        Assert.Equal("https://www.fondationdefrance.org/fr/appels-a-projets/precarite-alimentaire-2026", calls[1].Url.AbsoluteUri);
        Assert.Equal("https://www.fondationdefrance.org/fr/candidater?aap=grand-age", calls[2].ApplicationUrl?.AbsoluteUri);
    }

    [Fact]
    public async Task A_call_with_no_date_anywhere_is_counted_as_missing_its_deadline()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("fondation-de-france");

        Assert.Null(calls[2].DeadlineText);
        Assert.Equal(1, diagnostics.MissingByField["Deadline"]);
        Assert.Equal(2, diagnostics.MissingByField["ApplicationLink"]);
        Assert.Equal(3, diagnostics.ItemsWithMissingFields);
    }
}
