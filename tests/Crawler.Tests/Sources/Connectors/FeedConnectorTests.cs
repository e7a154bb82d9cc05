using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

public sealed class FeedConnectorTests : IDisposable
{
    private const string AtomFeed = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Appels à projets de l'Agence</title>
          <id>urn:uuid:feed</id>
          <updated>2026-01-10T08:00:00Z</updated>
          <entry>
            <title>AMI Revitalisation des centres-bourgs</title>
            <id>urn:uuid:entry-1</id>
            <link rel="alternate" href="https://aap.exemple.fr/ami/centres-bourgs?utm_medium=rss"/>
            <link rel="enclosure" href="https://aap.exemple.fr/ami/centres-bourgs.pdf"/>
            <published>2026-01-08T10:00:00+01:00</published>
            <category term="ami" label="Appel à manifestation d'intérêt"/>
            <summary type="html">&lt;p&gt;Pour les communes et leurs associations.&lt;/p&gt;</summary>
          </entry>
          <entry>
            <title>Appel à projets Fabriques de territoire</title>
            <id>urn:uuid:entry-2</id>
            <link href="/aap/fabriques"/>
            <updated>2025-12-20T09:00:00Z</updated>
          </entry>
        </feed>
        """;

    private readonly SourceHarness _harness = new(new FixtureSite(), TestDefinitions.Root);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Atom_entries_are_followed_to_their_pages()
    {
        _harness.Site.Serve("/flux.atom", AtomFeed, "application/atom+xml");
        _harness.Site.Serve("/ami/centres-bourgs", "<html><body><main><h1>AMI</h1><p class=\"date\">Date limite : 28 mai 2026 à 11h</p></main></body></html>", "text/html");
        _harness.Site.Serve("/aap/fabriques", "<html><body><main><p class=\"date\">Date limite : 3 mars 2026</p></main></body></html>", "text/html");
        var definition = TestDefinitions.Of(SourceKind.Feed, "/flux.atom") with
        {
            Detail = new DetailFollow { ContentSelector = "main", Fields = new FieldMap { Deadline = "p.date" } },
        };

        var (calls, diagnostics) = await _harness.ReadAsync(definition);

        Assert.Equal(["AMI Revitalisation des centres-bourgs", "Appel à projets Fabriques de territoire"], calls.Select(c => c.Title));
        Assert.Equal(["urn:uuid:entry-1", "urn:uuid:entry-2"], calls.Select(c => c.ExternalId));
        Assert.Equal("https://aap.exemple.fr/ami/centres-bourgs", calls[0].Url.AbsoluteUri);
        Assert.Equal("https://aap.exemple.fr/aap/fabriques", calls[1].Url.AbsoluteUri);
        Assert.Equal("Date limite : 28 mai 2026 à 11h", calls[0].DeadlineText);
        Assert.Equal("Appel à manifestation d'intérêt", calls[0].ThemesText);
        Assert.Equal(new DateOnly(2026, 1, 8), calls[0].PageDate);
        Assert.Equal(new DateOnly(2025, 12, 20), calls[1].PageDate);
        Assert.Equal("AMI\nDate limite : 28 mai 2026 à 11h", calls[0].PageText);
        Assert.Equal(3, diagnostics.PagesFetched);
    }

    [Fact]
    public async Task Without_detail_pages_the_summary_text_is_kept()
    {
        _harness.Site.Serve("/flux.atom", AtomFeed, "application/atom+xml");

        var (calls, diagnostics) = await _harness.ReadAsync(TestDefinitions.Of(SourceKind.Feed, "/flux.atom"));

        Assert.Equal("<p>Pour les communes et leurs associations.</p>", calls[0].SummaryHtml);
        Assert.Equal("Pour les communes et leurs associations.", calls[0].PageText);
        Assert.Null(calls[1].PageText);
        Assert.Equal(1, diagnostics.PagesFetched);
    }

    [Fact]
    public async Task A_page_that_is_not_a_feed_is_reported()
    {
        _harness.Site.Serve("/flux.xml", "<html><body>Maintenance</body></html>", "text/html");

        var (calls, diagnostics) = await _harness.ReadAsync(TestDefinitions.Of(SourceKind.Feed, "/flux.xml"));

        Assert.Empty(calls);
        Assert.Equal("https://aap.exemple.fr/flux.xml : ce n'est pas un flux RSS ou Atom lisible.", Assert.Single(diagnostics.Errors));
    }

    [Fact]
    public async Task A_doctype_with_an_external_entity_is_not_resolved()
    {
        _harness.Site.Serve("/flux.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>Titre &secret;</title><link>https://aap.exemple.fr/a</link></item></channel></rss>
            """, "application/rss+xml");

        var (calls, diagnostics) = await _harness.ReadAsync(TestDefinitions.Of(SourceKind.Feed, "/flux.xml"));

        Assert.Empty(calls);
        Assert.Equal("https://aap.exemple.fr/flux.xml : ce n'est pas un flux RSS ou Atom lisible.", Assert.Single(diagnostics.Errors));
    }
}
