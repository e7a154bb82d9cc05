using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

public sealed class HtmlListingConnectorTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite(), TestDefinitions.Root);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_next_link_to_the_page_itself_is_read_once()
    {
        _harness.Site.Serve("/liste", TestDefinitions.ListPage("/liste", "a", "b"), "text/html");
        var definition = TestDefinitions.Html("/liste", new PagingRule { Mode = PagingMode.NextLink, NextSelector = "a.next" });

        var (calls, diagnostics) = await _harness.ReadAsync(definition);

        Assert.Equal(["a", "b"], calls.Select(c => c.Title));
        Assert.Single(_harness.Site.RequestedPaths);
        Assert.Equal("page déjà lue (https://aap.exemple.fr/liste)", diagnostics.PagingStopReason);
    }

    [Fact]
    public async Task A_next_link_differing_only_by_tracking_parameters_is_the_same_page()
    {
        _harness.Site.Serve("/liste", TestDefinitions.ListPage("/liste?utm_source=pager#top", "a"), "text/html");
        var definition = TestDefinitions.Html("/liste", new PagingRule { Mode = PagingMode.NextLink, NextSelector = "a.next" });

        var (calls, _) = await _harness.ReadAsync(definition);

        Assert.Single(calls);
        Assert.Single(_harness.Site.RequestedPaths);
    }

    [Fact]
    public async Task An_endless_pattern_stops_at_the_page_limit()
    {
        for (var page = 1; page <= 6; page++)
        {
            _harness.Site.Serve($"/liste?p={page}", TestDefinitions.ListPage("", $"item-{page}"), "text/html");
        }

        var definition = TestDefinitions.Html("/liste?p=1", new PagingRule
        {
            Mode = PagingMode.UrlPattern, UrlPattern = TestDefinitions.Root + "/liste?p={page}", Start = 2, Step = 1, MaxPages = 3,
        });

        var (calls, diagnostics) = await _harness.ReadAsync(definition);

        Assert.Equal(["item-1", "item-2", "item-3"], calls.Select(c => c.Title));
        Assert.Equal(3, _harness.Site.RequestedPaths.Count);
        Assert.Equal("nombre maximal de pages atteint (3)", diagnostics.PagingStopReason);
    }

    [Fact]
    public async Task Relative_links_resolve_against_the_url_after_redirects()
    {
        _harness.Site.Redirect("/ancienne-liste", "/appels/");
        _harness.Site.Serve("/appels/", "<html><body><ul><li><a href=\"fiche-1\">Un</a></li></ul></body></html>", "text/html");

        var (calls, diagnostics) = await _harness.ReadAsync(TestDefinitions.Html("/ancienne-liste"));

        Assert.Equal("https://aap.exemple.fr/appels/fiche-1", Assert.Single(calls).Url.AbsoluteUri);
        Assert.Equal("https://aap.exemple.fr/appels/", Assert.Single(diagnostics.Pages).AbsoluteUri);
    }

    [Fact]
    public async Task The_item_element_can_be_the_link_and_attributes_can_be_read()
    {
        _harness.Site.Serve("/cartes", """
            <html><body>
              <a class="card" href="/aap/1" data-id="A1"><h2>Carte</h2><time datetime="2026-05-01">1er mai</time></a>
              <a class="card" href="javascript:void(0)"><h2>Sans lien</h2></a>
            </body></html>
            """, "text/html");
        var definition = TestDefinitions.Of(SourceKind.HtmlListing, "/cartes") with
        {
            Fields = new FieldMap { Item = "a.card", Title = "h2", Link = ".", Id = ".@data-id", Deadline = "time@datetime" },
        };

        var (calls, diagnostics) = await _harness.ReadAsync(definition);

        Assert.Equal("A1", calls[0].ExternalId);
        Assert.Equal("2026-05-01", calls[0].DeadlineText);
        Assert.Equal("https://aap.exemple.fr/aap/1", calls[0].Url.AbsoluteUri);
        Assert.Equal("https://aap.exemple.fr/cartes", calls[1].Url.AbsoluteUri);
        Assert.Equal("https://aap.exemple.fr/cartes#Sans lien", calls[1].ExternalId);
        Assert.Equal(1, diagnostics.MissingByField["Link"]);
    }

    [Fact]
    public async Task A_failing_first_page_is_an_error_not_an_exception()
    {
        var (calls, diagnostics) = await _harness.ReadAsync(TestDefinitions.Html("/absente"));

        Assert.Empty(calls);
        Assert.Equal("https://aap.exemple.fr/absente : échec du téléchargement (HTTP 404).", Assert.Single(diagnostics.Errors));
    }

    [Fact]
    public async Task Requests_carry_the_source_id_and_its_minimum_delay()
    {
        _harness.Site.Serve("/liste", TestDefinitions.ListPage("", "a"), "text/html");
        var definition = TestDefinitions.Html("/liste") with { Politeness = new Politeness { MinDelaySeconds = 7 } };

        await _harness.ReadAsync(definition);

        var request = Assert.Single(_harness.Fetcher.Requests);
        Assert.Equal("test", request.SourceId);
        Assert.Equal(TimeSpan.FromSeconds(7), request.MinimumDelay);
        Assert.Equal(new Uri(_harness.Site.Url, "/liste"), request.Url);
    }
}
