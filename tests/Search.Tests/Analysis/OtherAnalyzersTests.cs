using Plateforme.Search.Analysis;

namespace Plateforme.Search.Tests.Analysis;

public class OtherAnalyzersTests
{
    [Theory]
    [InlineData("L'Économie sociale et solidaire", "économie sociale solidaire")]
    [InlineData("Insertion des jeunes", "insertion jeunes")]
    [InlineData("d’un accompagnement", "accompagnement")]
    public void Word_analyzer_keeps_whole_words_with_their_accents(string input, string expected)
    {
        using var analyzer = new FrenchWordAnalyzer();

        Assert.Equal(expected, string.Join(' ', analyzer.Tokenize(input).Select(token => token.Term)));
    }

    [Theory]
    [InlineData("L'Économie sociale et solidaire", "economie sociale et solidaire")]
    [InlineData("Fonds d'innovation", "fonds innovation")]
    [InlineData("ÉCO", "eco")]
    public void Prefix_analyzer_folds_whole_words_and_keeps_short_ones(string input, string expected)
    {
        using var analyzer = new FrenchPrefixAnalyzer();

        Assert.Equal(expected, string.Join(' ', analyzer.Tokenize(input).Select(token => token.Term)));
    }
}
