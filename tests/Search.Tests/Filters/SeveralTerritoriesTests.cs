using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Filters;

/// <summary>A call for three départements, built from the catalogue's model with the real territory directory.</summary>
public class SeveralTerritoriesTests
{
    private static readonly CallDocumentBuilder Builder = new(TerritoryDirectory.Default, ThemeTaxonomy.Default, ReferenceLists.Default);

    private static CallDocument Document(string title, string lead, params string[] others)
    {
        var call = new FundingCall { Slug = title.ToLowerInvariant().Replace(' ', '-'), Title = title, Territory = lead, Territories = [lead, .. others] };
        return Builder.Build(call, new Dictionary<string, Funder>());
    }

    private static TerritoryScope Scope(string code)
    {
        var parsed = TerritoryCode.Parse(code);
        return new TerritoryScope(parsed, TerritoryDirectory.Default.AncestorsOf(parsed));
    }

    private static async Task<IReadOnlyList<string>> FoundFromAsync(string territory)
    {
        using var index = await WithAsync(
            Document("Trois départements", "dep:80", "dep:02", "dep:60"),
            Document("Somme seule", "dep:80"));
        return index.Search(Query() with { Territories = [Scope(territory)] }).Titles().Order().ToList();
    }

    [Theory]
    [InlineData("dep:80")]
    [InlineData("dep:02")]
    [InlineData("dep:60")]
    public async Task A_call_for_three_departements_is_found_from_each_of_them(string departement)
    {
        Assert.Contains("Trois départements", await FoundFromAsync(departement));
    }

    [Theory]
    [InlineData("com:02691")] // Saint-Quentin, in the Aisne
    [InlineData("com:60057")] // Beauvais, in the Oise
    [InlineData("com:80021")] // Amiens, in the Somme
    public async Task A_commune_inside_one_of_the_departements_finds_it(string commune)
    {
        Assert.Contains("Trois départements", await FoundFromAsync(commune));
    }

    [Theory]
    [InlineData("dep:59")] // the Nord, same région
    [InlineData("com:59350")] // Lille
    [InlineData("dep:76")] // Seine-Maritime, another région
    public async Task No_territory_outside_them_finds_it(string outside)
    {
        Assert.DoesNotContain("Trois départements", await FoundFromAsync(outside));
    }

    [Fact]
    public async Task The_region_enclosing_all_of_them_finds_it_as_it_finds_any_call_inside()
    {
        Assert.Equal(["Somme seule", "Trois départements"], await FoundFromAsync("reg:32"));
    }

    [Fact]
    public void The_document_keeps_the_lead_territory_first_and_names_every_one()
    {
        var document = Document("Trois départements", "dep:80", "dep:02", "dep:60");

        Assert.Equal("dep:80", document.Territory.Value);
        Assert.Equal(["Somme", "Aisne", "Oise"], document.Territories.Select(t => t.Label));
        Assert.Contains("reg:32", document.TerritoryPath);
    }

    [Fact]
    public void A_call_written_before_the_list_existed_counts_its_one_territory()
    {
        var call = new FundingCall { Slug = "ancien", Title = "Ancien", Territory = "dep:80" };

        Assert.Equal(["dep:80"], CallTerritories.Of(call));
        Assert.Equal(["Somme"], Builder.Build(call, new Dictionary<string, Funder>()).Territories.Select(t => t.Label));
    }

    [Fact]
    public async Task The_territory_facet_counts_a_call_under_each_of_its_territories()
    {
        using var index = await WithAsync(Document("Trois départements", "dep:80", "dep:02", "dep:60"), Document("Somme seule", "dep:80"));

        var facet = index.Search(Query()).Facets[FacetNames.Territory].ToDictionary(f => f.Value, f => f.Count);

        Assert.Equal(2, facet["dep:80"]);
        Assert.Equal(1, facet["dep:02"]);
        Assert.Equal(1, facet["dep:60"]);
    }
}
