using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Shipped;

public sealed class RegionHautsDeFranceTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite().ServeFixture("region-hauts-de-france"), "https://www.hautsdefrance.fr");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Follows_the_next_link_and_stops_when_it_leads_back_to_the_first_page()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("region-hauts-de-france");

        Assert.Equal(
            ["Génération Asso : soutien aux projets associatifs", "Appel à projets Tiers-lieux et emploi", "Sport pour tous dans les quartiers",
             "Culture en milieu rural", "AMI Europe : mobilité Erasmus+ des bénévoles"],
            calls.Select(c => c.Title));
        Assert.StartsWith("page déjà lue", diagnostics.PagingStopReason, StringComparison.Ordinal);
        Assert.Equal(2, _harness.Site.RequestedPaths.Count(p => p.Contains("beneficiaire", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Merges_listing_and_detail_fields_with_absolute_clean_links()
    {
        var (calls, _) = await _harness.ReadAsync("region-hauts-de-france");

        var asso = calls[0];
        Assert.Equal("https://www.hautsdefrance.fr/aides/generation-asso/", asso.Url.AbsoluteUri);
        Assert.Equal("31/03/2026", asso.DeadlineText);
        Assert.Equal("Vie associative\nJeunesse", asso.ThemesText);
        Assert.Contains("Subvention de 1 000 à 30 000 € par projet", asso.AmountText, StringComparison.Ordinal);
        Assert.Contains("Associations loi 1901", asso.BeneficiariesText, StringComparison.Ordinal);
        Assert.Equal("https://aides.hautsdefrance.fr/generation-asso", asso.ApplicationUrl?.AbsoluteUri);
        Assert.Contains("<script>", asso.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker", asso.PageText, StringComparison.Ordinal);
        Assert.StartsWith("Génération Asso", asso.PageText, StringComparison.Ordinal);

        Assert.Equal("https://www.hautsdefrance.fr/aides/tiers-lieux-emploi/", calls[1].Url.AbsoluteUri);
        Assert.Equal("https://www.hautsdefrance.fr/aides/sport-pour-tous/", calls[2].Url.AbsoluteUri);
        Assert.Equal("https://www.hautsdefrance.fr/aides/sport-pour-tous/formulaire", calls[2].ApplicationUrl?.AbsoluteUri);
    }

    [Fact]
    public async Task Without_a_listed_date_the_detail_text_is_kept_for_the_phrase_fallback()
    {
        var (calls, _) = await _harness.ReadAsync("region-hauts-de-france");

        var sport = calls[2];
        Assert.Null(sport.DeadlineText);
        Assert.Contains("Date limite de dépôt du dossier : 30 avril 2026", sport.PageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_detail_page_is_reported_and_the_listing_entry_still_kept()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("region-hauts-de-france");

        var erasmus = calls[4];
        Assert.Equal("01/09/2026", erasmus.DeadlineText);
        Assert.Contains("Appel à manifestation d'intérêt", erasmus.SummaryHtml, StringComparison.Ordinal);
        Assert.Null(erasmus.AmountText);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Contains("https://www.hautsdefrance.fr/aides/ami-europe-erasmus/", error, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", error, StringComparison.Ordinal);
    }
}
