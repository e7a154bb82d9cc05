using Plateforme.DemoData;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Lucene;

/// <summary>The demo catalogue a newcomer sees, indexed once for the tests that only read it.</summary>
public sealed class DemoIndexFixture : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 12, 5);

    public LuceneSearchIndex Index { get; } = TestIndex.InMemory();

    public async Task InitializeAsync()
    {
        var demo = DemoCatalogue.Generate(600, seed: 2026, Today);
        var funders = demo.Funders.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        var builder = new CallDocumentBuilder(TerritoryDirectory.Default, ThemeTaxonomy.Default, ReferenceLists.Default);
        await Index.UpsertAsync([.. demo.Calls.Select(call => builder.Build(call, funders))]);
        await Index.CommitAsync();
    }

    public Task DisposeAsync()
    {
        Index.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>A facet's count is a promise: clicking the value must give exactly that many calls.</summary>
public class DemoFacetAgreementTests(DemoIndexFixture demo) : IClassFixture<DemoIndexFixture>
{
    [Theory]
    [InlineData(null)]
    [InlineData("politique de la ville")]
    [InlineData("commerce")]
    public void Each_territory_count_is_what_selecting_the_territory_gives(string? text)
    {
        var facet = demo.Index.Search(Query(text)).Facets[FacetNames.Territory];
        Assert.NotEmpty(facet);

        foreach (var value in facet)
        {
            var code = TerritoryCode.Parse(value.Value);
            var scope = new TerritoryScope(code, TerritoryDirectory.Default.AncestorsOf(code));
            var selected = demo.Index.Search(Query(text) with { Territories = [scope] });
            Assert.True(value.Count == selected.Total, $"{value.Label}: facet says {value.Count}, selecting gives {selected.Total}");
        }
    }

    [Fact]
    public void Amiens_counts_the_calls_covering_it_as_its_selection_does()
    {
        var amiens = demo.Index.Search(Query(null)).Facets[FacetNames.Territory].Single(v => v.Value == "com:80021");
        var ownOnly = demo.Index.Search(Query(null) with { PageSize = 600 }).Hits.Count(hit => hit.Call.Territory.Value == "com:80021");

        Assert.True(amiens.Count > ownOnly, $"Amiens {amiens.Count} should include the calls of Somme, the région and France, not only its own {ownOnly}");
    }

    [Fact]
    public void Each_theme_count_is_what_selecting_the_theme_gives_within_a_territory()
    {
        var amiens = TerritoryCode.Parse("com:80021");
        var inAmiens = Query(null) with { Territories = [new TerritoryScope(amiens, TerritoryDirectory.Default.AncestorsOf(amiens))] };
        foreach (var value in demo.Index.Search(inAmiens).Facets[FacetNames.Theme])
        {
            Assert.Equal(value.Count, demo.Index.Search(inAmiens with { Themes = [value.Value] }).Total);
        }
    }

    private static SearchQuery Query(string? text) => new() { Text = text, Today = DemoIndexFixture.Today, PageSize = 20 };
}
