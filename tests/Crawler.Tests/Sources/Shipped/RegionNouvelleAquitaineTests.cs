using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Shipped;

public sealed class RegionNouvelleAquitaineTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite().ServeFixture("region-nouvelle-aquitaine"), "https://les-aides.nouvelle-aquitaine.fr");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Follows_every_feed_item_to_its_page()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("region-nouvelle-aquitaine");

        Assert.Equal(
            ["Appel à projets Économie sociale et solidaire 2026", "AMI Tiers-lieux culturels", "FEDER - Inclusion sociale et lutte contre la pauvreté"],
            calls.Select(c => c.Title));
        Assert.Equal(
            [
                "https://les-aides.nouvelle-aquitaine.fr/aides/appel-projets-economie-sociale-solidaire-2026",
                "https://les-aides.nouvelle-aquitaine.fr/aides/ami-tiers-lieux-culturels",
                "https://les-aides.nouvelle-aquitaine.fr/aides/feder-inclusion-sociale",
            ],
            calls.Select(c => c.Url.AbsoluteUri));
        Assert.Equal(4, diagnostics.PagesFetched);
        Assert.Empty(diagnostics.Errors);
    }

    [Fact]
    public async Task Keeps_feed_tags_dates_and_the_detail_sections()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("region-nouvelle-aquitaine");

        var ess = calls[0];
        Assert.Equal("aide-2231 at https://les-aides.nouvelle-aquitaine.fr", ess.ExternalId);
        Assert.Equal("AAP, Économie sociale et solidaire", ess.ThemesText);
        Assert.Equal("Calendrier\nDate limite de dépôt : 21 octobre 2026", ess.DeadlineText);
        Assert.Contains("« 3 530 000 euros »", ess.AmountText, StringComparison.Ordinal);
        Assert.Equal("Type d'aide\nSubvention", ess.AidTypeText);
        Assert.Equal(new DateOnly(2026, 1, 5), ess.PageDate);
        Assert.Equal("<p>Soutenir la création et le développement des structures de l&#039;ESS.</p>", ess.SummaryHtml);
        Assert.Contains("<category>AAP</category>", ess.RawPayload, StringComparison.Ordinal);

        var ami = calls[1];
        Assert.Equal("AMI", ami.ThemesText);
        Assert.Equal("Calendrier\nFixée au 15 septembre prochain.", ami.DeadlineText);
        Assert.Equal(new DateOnly(2025, 12, 18), ami.PageDate);
        Assert.Null(ami.AmountText);
        Assert.Contains("Modalités\nDépôt en ligne sur le portail des aides.", ami.PageText, StringComparison.Ordinal);
        Assert.Equal(1, diagnostics.ItemsWithMissingFields);
    }
}
