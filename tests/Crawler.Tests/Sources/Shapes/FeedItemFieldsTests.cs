namespace Plateforme.Crawler.Tests.Sources.Shapes;

/// <summary>A network's RSS whose items carry their own deadline, amount and territory elements.</summary>
public sealed class FeedItemFieldsTests : IDisposable
{
    private readonly Support.SourceHarness _harness = ShapeFixtures.Harness("reseau-rss");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Namespaced_elements_of_each_item_fill_its_fields()
    {
        var (calls, diagnostics) = await _harness.ReadAsync(ShapeFixtures.Definition("reseau-rss"));

        var first = calls[0];
        Assert.Equal("Fonds pour l'innovation associative", first.Title);
        Assert.Equal("2026-03-31", first.DeadlineText);
        Assert.Equal("2026-01-12", first.OpeningText);
        Assert.Equal("25 000 €", first.AmountText);
        Assert.Equal("Fondation Crédit Coopératif", first.FunderText);
        Assert.Equal("France entière", first.TerritoryText);
        Assert.Equal("Innovation sociale, Vie associative", first.ThemesText);
        Assert.Equal("Récurrente", first.RecurrenceText);
        Assert.Equal("https://www.maisonsdesassociations.fr/appels/fonds-innovation/reglement.pdf", first.ApplicationUrl?.AbsoluteUri);
        Assert.Equal("rnma-2026-014", first.ExternalId);
        Assert.Empty(diagnostics.Errors);
    }

    [Fact]
    public async Task A_label_in_the_item_description_is_read_like_on_a_page()
    {
        var (calls, _) = await _harness.ReadAsync(ShapeFixtures.Definition("reseau-rss"));

        Assert.Equal(["associations de moins de 10 salariés.", "associations employeuses ou non."], calls.Select(c => c.BeneficiariesText));
    }

    [Fact]
    public async Task An_amount_in_words_is_kept_as_written_and_a_missing_element_is_counted()
    {
        var (calls, diagnostics) = await _harness.ReadAsync(ShapeFixtures.Definition("reseau-rss"));

        Assert.Equal("4 000 € en valorisation", calls[1].AmountText);
        Assert.Null(calls[1].OpeningText);
        Assert.Equal(1, diagnostics.MissingByField["Opening"]);
        Assert.Equal(1, diagnostics.MissingByField["ApplicationLink"]);
    }
}
