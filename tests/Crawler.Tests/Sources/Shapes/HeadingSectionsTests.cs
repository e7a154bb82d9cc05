using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Tests.Sources.Connectors;

namespace Plateforme.Crawler.Tests.Sources.Shapes;

/// <summary>A foundation's page where each call is a heading followed by paragraphs, with no element around it.</summary>
public sealed class HeadingSectionsTests : IDisposable
{
    private readonly Support.SourceHarness _harness = ShapeFixtures.Harness("fondation-sections");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Each_heading_and_its_paragraphs_become_one_call()
    {
        var (calls, diagnostics) = await _harness.ReadAsync(ShapeFixtures.Definition("fondation-sections"));

        Assert.Equal(["Précarité alimentaire : cuisiner ensemble", "Mobilité des jeunes en milieu rural", "Vieillir chez soi, entouré"], calls.Select(c => c.Title));
        Assert.Equal(
            [
                "https://www.fondation-solidarites-locales.fr/appels/precarite-alimentaire",
                "https://www.fondation-solidarites-locales.fr/appels/mobilite-jeunes",
                "https://www.fondation-solidarites-locales.fr/appels/vieillir-chez-soi",
            ],
            calls.Select(c => c.Url.AbsoluteUri));
        // The second call says nothing of its beneficiaries: only that field is missing, on that call only.
        Assert.Equal(1, diagnostics.ItemsWithMissingFields);
        Assert.Equal(1, Assert.Single(diagnostics.MissingByField, pair => pair.Key == "Beneficiaries").Value);
        Assert.Empty(diagnostics.Errors);
    }

    [Fact]
    public async Task Labelled_paragraphs_of_a_section_fill_its_fields_and_not_the_next_ones()
    {
        var (calls, _) = await _harness.ReadAsync(ShapeFixtures.Definition("fondation-sections"));

        Assert.Equal(["15 mars, minuit.", "30 avril.", "2 juin."], calls.Select(c => c.DeadlineText));
        Assert.Equal(["jusqu'à 15 000 € par projet.", "entre 5 000 et 30 000 €.", "10 000 € maximum."], calls.Select(c => c.AmountText));
        Assert.Equal("Associations loi 1901 et centres sociaux.", calls[0].BeneficiariesText);
        Assert.Contains("Projets d'une durée de 12 à 24 mois", calls[1].PageText, StringComparison.Ordinal);
        Assert.DoesNotContain("Vieillir", calls[1].PageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_higher_heading_ends_the_last_section()
    {
        var (calls, _) = await _harness.ReadAsync(ShapeFixtures.Definition("fondation-sections"));

        Assert.DoesNotContain("Appels clos", calls[^1].PageText, StringComparison.Ordinal);
        Assert.DoesNotContain("lauréats", calls[^1].RawPayload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heading_wrapped_alone_in_a_block_still_opens_a_section()
    {
        using var harness = new Support.SourceHarness(new Support.FixtureSite(), TestDefinitions.Root);
        harness.Site.Serve("/aap", """
            <html><body><div class="contenu">
              <div class="titre"><h2><a href="/aap/un">Premier appel</a></h2></div>
              <p>Date limite : 12 mai 2026</p>
              <div class="titre"><h2><a href="/aap/deux">Second appel</a></h2></div>
              <p>Date limite : 3 juin 2026</p>
            </div></body></html>
            """, "text/html");
        var definition = TestDefinitions.Of(SourceKind.HtmlListing, "/aap") with
        {
            Fields = new FieldMap { ItemMode = ItemMode.HeadingSections, Item = "h2", Title = "h2", Link = "h2 a", Deadline = "label:Date limite" },
        };

        var (calls, _) = await harness.ReadAsync(definition);

        Assert.Equal([("Premier appel", "12 mai 2026"), ("Second appel", "3 juin 2026")], calls.Select(c => (c.Title, c.DeadlineText!)));
    }

    [Fact]
    public async Task A_selected_paragraph_opens_a_section_up_to_the_next_one_or_a_heading()
    {
        using var harness = new Support.SourceHarness(new Support.FixtureSite(), TestDefinitions.Root);
        harness.Site.Serve("/aap", """
            <html><body><div>
              <p class="titre"><a href="/aap/a">Appel A</a></p><p>Date limite : 1er avril 2026</p>
              <p class="titre"><a href="/aap/b">Appel B</a></p><p>Date limite : 2 mai 2026</p>
              <h2>Archives</h2><p>Appel clos en 2019</p>
            </div></body></html>
            """, "text/html");
        var definition = TestDefinitions.Of(SourceKind.HtmlListing, "/aap") with
        {
            Fields = new FieldMap { ItemMode = ItemMode.HeadingSections, Item = "p.titre", Title = "p.titre", Link = "a", Deadline = "label:Date limite" },
        };

        var (calls, _) = await harness.ReadAsync(definition);

        Assert.Equal([("Appel A", "1er avril 2026"), ("Appel B", "2 mai 2026")], calls.Select(c => (c.Title, c.DeadlineText!)));
        Assert.DoesNotContain("2019", calls[1].PageText, StringComparison.Ordinal);
    }
}
