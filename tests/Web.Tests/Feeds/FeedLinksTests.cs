using Plateforme.Web.Tests.Pages;

namespace Plateforme.Web.Tests.Feeds;

/// <summary>The results page offers its own search as an alert, feeds, agenda and export, and announces its feeds in the head.</summary>
[Collection(AppCollection.Name)]
public sealed class FeedLinksTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_results_page_links_its_search_to_an_alert_feeds_an_agenda_and_a_capped_export()
    {
        var html = await client.GetOkPageAsync("/recherche?q=jeunes&territory=dep:80&sort=deadline&page=2");

        Assert.Equal("/alertes/nouvelle?q=jeunes&territory=dep%3A80", html.QuerySelector("[data-testid=create-alert]")!.GetAttribute("href"));
        // « Flux RSS » opens the page explaining feeds, which gives the RSS and Atom addresses (SearchDetailsTests).
        Assert.Equal("/recherche/flux?q=jeunes&territory=dep%3A80&sort=deadline", html.QuerySelector("[data-testid=feed-rss]")!.GetAttribute("href"));
        Assert.Equal("/recherche/echeances.ics?q=jeunes&territory=dep%3A80&sort=deadline", html.QuerySelector("[data-testid=feed-ics]")!.GetAttribute("href"));
        Assert.Equal("/recherche/export.csv?q=jeunes&territory=dep%3A80&sort=deadline", html.QuerySelector("[data-testid=feed-csv]")!.GetAttribute("href"));
        Assert.Equal($"Export CSV (les {1000.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} premiers appels au plus)", html.QuerySelector("[data-testid=feed-csv]")!.TextContent);
        Assert.Equal("Créer une alerte", html.QuerySelector("[data-testid=create-alert]")!.TextContent);
    }

    [Fact]
    public async Task The_head_announces_the_RSS_and_Atom_feeds_of_the_search()
    {
        var html = await client.GetOkPageAsync("/recherche?theme=sport");

        var alternates = html.QuerySelectorAll("head link[rel=alternate]").ToDictionary(l => l.GetAttribute("type")!, l => l.GetAttribute("href")!);
        Assert.Equal("/recherche/flux.rss?theme=sport", alternates["application/rss+xml"]);
        Assert.Equal("/recherche/flux.atom?theme=sport", alternates["application/atom+xml"]);
    }
}
