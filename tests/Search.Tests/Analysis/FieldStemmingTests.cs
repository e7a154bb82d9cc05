using Plateforme.Search.Analysis;

namespace Plateforme.Search.Tests.Analysis;

/// <summary>Pairs of words of the field that a person expects to find each other, through the search chain's stems.</summary>
public class FieldStemmingTests
{
    private static readonly FrenchSearchAnalyzer Analyzer = new();

    [Theory]
    [InlineData("commerçant", "commerce")]
    [InlineData("commerçants", "commerces")]
    [InlineData("commerciale", "commerce")]
    [InlineData("artisan", "artisanat")]
    [InlineData("artisanale", "artisanat")]
    [InlineData("agriculteur", "agriculture")]
    [InlineData("agricole", "agriculture")]
    [InlineData("sportif", "sport")]
    [InlineData("sportives", "sport")]
    [InlineData("culturel", "culture")]
    [InlineData("culturelles", "culture")]
    [InlineData("associatif", "association")]
    [InlineData("associative", "associations")]
    [InlineData("jardin", "jardinage")]
    [InlineData("jardins", "jardin")]
    [InlineData("touristique", "tourisme")]
    [InlineData("environnemental", "environnement")]
    [InlineData("éducatif", "éducation")]
    [InlineData("écologique", "écologie")]
    [InlineData("énergétique", "énergie")]
    [InlineData("numérique", "numériques")]
    [InlineData("bénévole", "bénévolat")]
    [InlineData("bénévoles", "bénévolat")]
    [InlineData("alimentaire", "alimentation")]
    [InlineData("handicapées", "handicap")]
    [InlineData("solidaire", "solidarité")]
    [InlineData("social", "sociale")]
    [InlineData("médical", "médicaux")]
    [InlineData("rural", "ruraux")]
    [InlineData("rurale", "ruralité")]
    [InlineData("quartier", "quartiers")]
    [InlineData("rénovation", "rénover")]
    [InlineData("patrimoine", "patrimonial")]
    public void Words_of_the_field_that_go_together_share_a_stem(string word, string other) =>
        Assert.Equal(Stems(other), Stems(word));

    [Theory]
    [InlineData("mairie", "mars")]
    [InlineData("culturel", "cultuelles")]
    [InlineData("commune", "communication")]
    [InlineData("sport", "support")]
    public void Words_that_only_look_alike_keep_apart(string word, string other) =>
        Assert.NotEqual(Stems(other), Stems(word));

    private static string Stems(string text) => string.Join(' ', Analyzer.Tokenize(text).Select(token => token.Term));
}
