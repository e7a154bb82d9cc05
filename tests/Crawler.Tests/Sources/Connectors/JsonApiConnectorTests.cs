using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

public sealed class JsonApiConnectorTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite(), TestDefinitions.Root);

    public void Dispose() => _harness.Dispose();

    private static SourceDefinition Api(string entryPath) => TestDefinitions.Of(SourceKind.JsonApi, entryPath) with
    {
        Paging = new PagingRule { Mode = PagingMode.NextField, NextField = "links.next" },
        Fields = new FieldMap
        {
            Item = "$.data[*]", Id = "id", Title = "attributes.title", Link = "links.self",
            Funder = "attributes.funders[*].name", Deadline = "attributes.dates[1]",
        },
    };

    [Fact]
    public async Task Follows_a_relative_next_url_and_reads_nested_paths()
    {
        _harness.Site.Serve("/api/calls", """
            {"data":[{"id":7,"attributes":{"title":"Un","funders":[{"name":"CAF"},{"name":"Ville"}],"dates":["2026-01-01","2026-02-15"]},"links":{"self":"/calls/7"}}],
             "links":{"next":"/api/calls?page=2"}}
            """, "application/json");
        _harness.Site.Serve("/api/calls?page=2", """
            {"data":[{"id":8,"attributes":{"title":"Deux","funders":[],"dates":[]},"links":{"self":"https://aap.exemple.fr/calls/8"}}],"links":{"next":null}}
            """, "application/json");

        var (calls, diagnostics) = await _harness.ReadAsync(Api("/api/calls"));

        Assert.Equal(["7", "8"], calls.Select(c => c.ExternalId));
        Assert.Equal("CAF, Ville", calls[0].FunderText);
        Assert.Equal("2026-02-15", calls[0].DeadlineText);
        Assert.Equal("https://aap.exemple.fr/calls/7", calls[0].Url.AbsoluteUri);
        Assert.Null(calls[1].FunderText);
        Assert.Equal(1, diagnostics.ItemsWithMissingFields);
        Assert.Equal(2, diagnostics.PagesFetched);
    }

    [Fact]
    public async Task A_next_url_pointing_back_stops_the_walk()
    {
        _harness.Site.Serve("/api/calls", """{"data":[{"id":1,"attributes":{"title":"Un"}}],"links":{"next":"https://aap.exemple.fr/api/calls"}}""", "application/json");

        var (calls, diagnostics) = await _harness.ReadAsync(Api("/api/calls"));

        Assert.Single(calls);
        Assert.StartsWith("page déjà lue", diagnostics.PagingStopReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_answer_is_reported()
    {
        _harness.Site.Serve("/api/calls", "<html>Erreur 500</html>", "text/html");

        var (calls, diagnostics) = await _harness.ReadAsync(Api("/api/calls"));

        Assert.Empty(calls);
        Assert.Equal("https://aap.exemple.fr/api/calls : la réponse n'est pas un JSON lisible.", Assert.Single(diagnostics.Errors));
    }
}
