using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Shipped;

public sealed class DepartementSommeTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite().ServeFixture("departement-somme"), "https://www.somme.fr");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Reads_page_0_then_page_1_and_stops_when_page_2_repeats_it()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("departement-somme");

        Assert.Equal(4, calls.Count);
        Assert.Equal(["/appels-a-projets/", "/appels-a-projets/?page=1", "/appels-a-projets/?page=2"], _harness.Site.RequestedPaths);
        Assert.StartsWith("page répétée", diagnostics.PagingStopReason, StringComparison.Ordinal);
        Assert.Equal(3, diagnostics.PagesFetched);
    }

    [Fact]
    public async Task Captures_french_deadline_phrases_and_absolute_links_without_tracking()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("departement-somme");

        Assert.Equal("Appel à projets « Initiatives jeunesse » 2026", calls[0].Title);
        Assert.Equal("Date limite de dépôt du dossier : 15 mars 2026", calls[0].DeadlineText);
        Assert.Equal("https://www.somme.fr/appels-a-projets/jeunesse-2026", calls[0].Url.AbsoluteUri);
        Assert.Equal("Ouvert jusqu'au 18 décembre à 17h", calls[1].DeadlineText);
        Assert.Equal("https://www.somme.fr/appels-a-projets/solidarite-hiver", calls[1].Url.AbsoluteUri);
        Assert.Equal("Date de lancement : 17 février 2026 Date de clôture : 15 avril 2026", calls[2].DeadlineText);
        Assert.Null(calls[2].NumericDateFormat);

        var citizens = calls[3];
        Assert.Null(citizens.DeadlineText);
        Assert.Equal("Collégiens citoyens : projets d’éducation à la citoyenneté\nLes associations peuvent candidater au plus tard pour le 3 mars 2026 au soir.", citizens.PageText);
        Assert.Equal(1, diagnostics.MissingByField["Deadline"]);
    }
}
