using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Reference;

public class TerritorySuggestTests
{
    private static readonly TerritoryDirectory Directory = TerritoryDirectory.Default;

    private static List<string> Codes(string text, int max = 10) =>
        Directory.Suggest(text, max).Select(t => t.Code.ToString()).ToList();

    [Fact]
    public void Somme_suggests_the_departement_first()
    {
        var codes = Codes("Somme");

        Assert.Equal("dep:80", codes[0]);
    }

    [Theory]
    [InlineData("ile-de")]
    [InlineData("Ile de")]
    [InlineData("ÎLE-DE-FRANCE")]
    public void Accents_case_and_hyphens_do_not_matter(string text)
    {
        var codes = Codes(text);

        Assert.Equal("reg:11", codes[0]);
    }

    [Fact]
    public void A_prefix_offers_the_most_populated_communes_first()
    {
        var suggestions = Directory.Suggest("amie", 5);

        Assert.Equal("Amiens", suggestions[0].Name);
        Assert.True(suggestions.Count <= 5);
    }

    [Fact]
    public void A_word_inside_a_name_finds_the_intercommunality()
    {
        var codes = Codes("amiens", 10);

        Assert.Equal("com:80021", codes[0]);
        Assert.Contains("epci:248000531", codes);
    }

    [Fact]
    public void A_postal_code_finds_its_commune()
    {
        Assert.Equal("com:80021", Codes("80000")[0]);
        Assert.Equal("com:75056", Codes("75011")[0]);
    }

    [Theory]
    [InlineData("80", "dep:80")]
    [InlineData("2a", "dep:2A")]
    [InlineData("974", "dep:974")]
    [InlineData("80021", "com:80021")]
    [InlineData("248000531", "epci:248000531")]
    [InlineData("dep:59", "dep:59")]
    public void An_INSEE_code_or_SIREN_comes_first(string text, string expected)
    {
        Assert.Equal(expected, Codes(text)[0]);
    }

    [Fact]
    public void A_departement_code_also_offers_its_largest_communes()
    {
        var codes = Codes("80", 3);

        Assert.Equal(["dep:80", "com:80021"], codes.Take(2));
    }

    [Fact]
    public void France_itself_is_offered()
    {
        Assert.Equal("nat:FR", Codes("france")[0]);
    }

    [Fact]
    public void An_overseas_collectivity_is_offered_once()
    {
        var codes = Codes("Saint-Pierre-et-Miquelon");

        Assert.Single(codes, c => c.EndsWith(":975", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--")]
    [InlineData("zzzzzzzz")]
    public void Nothing_matches_blank_or_unknown_text(string text)
    {
        Assert.Empty(Directory.Suggest(text));
    }
}
