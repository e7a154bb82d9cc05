using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Shipped;

public sealed class AppelaprojetsTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite().ServeFixture("appelaprojets"), "https://www.appelaprojets.org");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Reads_the_three_offset_pages_and_stops_at_the_empty_one()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("appelaprojets");

        Assert.Equal(8, calls.Count);
        Assert.Equal(["/appelprojet", "/appelprojet/9", "/appelprojet/18", "/appelprojet/27"], _harness.Site.RequestedPaths);
        Assert.Equal("page sans élément", diagnostics.PagingStopReason);
        Assert.Empty(diagnostics.Errors);
        Assert.All(calls, call => Assert.Equal("appelaprojets", call.SourceId));
        Assert.All(calls, call => Assert.Equal("https://www.appelaprojets.org", call.Url.GetLeftPart(UriPartial.Authority)));
    }

    [Fact]
    public async Task Keeps_titles_deadlines_and_clean_absolute_links()
    {
        var (calls, _) = await _harness.ReadAsync("appelaprojets");

        var fdva = calls[0];
        Assert.Equal("Fonds pour le développement de la vie associative (FDVA) - Fonctionnement et innovation 2026", fdva.Title);
        Assert.Equal("Expire le 15/01/2026", fdva.DeadlineText);
        Assert.Equal("https://www.appelaprojets.org/appelprojet/fiche/4521-fdva-fonctionnement-innovation-2026", fdva.Url.AbsoluteUri);
        Assert.Equal(fdva.Url.AbsoluteUri, fdva.ExternalId);
        Assert.Equal("dd/MM/yyyy", fdva.NumericDateFormat);
        Assert.Equal(new DateOnly(2026, 1, 12), fdva.PageDate);

        var sport = calls[1];
        Assert.Equal("Appel à projets « Sport & santé » - Fondation du Sport Français", sport.Title);
        Assert.Equal("https://www.appelaprojets.org/appelprojet/fiche/4522-sport-sante", sport.Url.AbsoluteUri);
        Assert.Contains("<script>", sport.SummaryHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("dataLayer", sport.PageText, StringComparison.Ordinal);
        Assert.Contains("Dotation jusqu'à 5 000 €.", sport.PageText, StringComparison.Ordinal);

        Assert.Equal("https://www.appelaprojets.org/appelprojet/fiche/4525-fondation-sncf-apprendre-pour-grandir", calls[4].Url.AbsoluteUri);
        Assert.Equal("Mardi 10 mars 2026 : date limite de dépôt.", Assert.Single(calls, c => c.Title == "Appel à projets Culture et lien social").PageText?.Split('\n')[1]);
    }

    [Fact]
    public async Task An_item_without_a_date_keeps_its_text_for_the_phrase_fallback()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("appelaprojets");

        var prize = Assert.Single(calls, c => c.Title == "Prix de l'engagement solidaire des jeunes");
        Assert.Null(prize.DeadlineText);
        Assert.Contains("Date limite de dépôt du dossier : 21 octobre 2026", prize.PageText, StringComparison.Ordinal);
        Assert.Equal("https://www.appelaprojets.org/fiche/4523-prix-engagement-solidaire-jeunes", prize.Url.AbsoluteUri);
        Assert.Equal(2, diagnostics.ItemsWithMissingFields);
        Assert.Equal(2, diagnostics.MissingByField["Deadline"]);
        Assert.Equal(8, diagnostics.ItemsFound);
        Assert.Equal(4, diagnostics.PagesFetched);
    }
}
