using Plateforme.Search.Analysis;

namespace Plateforme.Search.Tests.Analysis;

public class FrenchSearchAnalyzerTests
{
    private static readonly FrenchSearchAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Économie sociale et solidaire", "econom social solidarit")]
    [InlineData("Economie sociale", "econom social")]
    [InlineData("ÉCONOMIE SOCIALE", "econom social")]
    [InlineData("associations", "asoci")]
    [InlineData("association", "asoci")]
    [InlineData("l'emploi", "emploi")]
    [InlineData("L’emploi des jeunes", "emploi jeun")]
    [InlineData("d'insertion", "insertion")]
    [InlineData("qu'elle", "")]
    [InlineData("jusqu'au 15 janvier", "15 janvi")]
    [InlineData("lorsqu'il puisqu'on", "")]
    [InlineData("activités", "activit")]
    [InlineData("activite", "activit")]
    [InlineData("numérique numériques", "num num")]
    [InlineData("professionnelle professionnel", "profesion profesion")]
    [InlineData("culturelle culturel", "cultur cultur")]
    [InlineData("sportives sportif", "sport sport")]
    [InlineData("financements financer", "financ financ")]
    [InlineData("handicapés", "handicap")]
    [InlineData("Œuvre", "oeuvr")]
    [InlineData("à l'insertion", "insertion")]
    [InlineData("a l'insertion", "insertion")]
    [InlineData("où ou", "")]
    [InlineData("jeunes", "jeun")]
    public void Index_and_query_text_gives_these_tokens(string input, string expected)
    {
        var tokens = Analyzer.Tokenize(input).Select(token => token.Term);

        Assert.Equal(expected, string.Join(' ', tokens));
    }

    [Theory]
    [InlineData("Économie sociale", "Economie sociale")]
    [InlineData("associations", "association")]
    [InlineData("l'emploi", "emploi")]
    [InlineData("Région Hauts-de-France", "region hauts de france")]
    [InlineData("QUARTIERS PRIORITAIRES", "quartier prioritaire")]
    public void Different_spellings_meet_on_the_same_tokens(string written, string typed)
    {
        var fromIndex = Analyzer.Tokenize(written).Select(token => token.Term);
        var fromQuery = Analyzer.Tokenize(typed).Select(token => token.Term);

        Assert.Equal(fromIndex, fromQuery);
    }

    [Fact]
    public void Stop_words_leave_position_gaps_so_phrases_stay_exact()
    {
        var tokens = Analyzer.Tokenize("appel à projets");

        Assert.Equal(["apel", "projet"], tokens.Select(token => token.Term));
        Assert.Equal([0, 2], tokens.Select(token => token.Position));
    }

    [Fact]
    public void Offsets_point_at_the_original_words()
    {
        const string text = "Les Associations locales";

        var token = Analyzer.Tokenize(text)[0];

        Assert.Equal("Associations", text[token.StartOffset..token.EndOffset]);
    }

    [Theory]
    [InlineData("*:()[]{}^~\\/!&|+", "")]
    [InlineData("🚀 emploi 🎉", "emploi")]
    [InlineData("'; DROP TABLE calls;--", "drop tabl call")]
    [InlineData("AND OR NOT", "and or not")]
    public void Punctuation_emoji_and_syntax_are_plain_text(string input, string expected)
    {
        var tokens = Analyzer.Tokenize(input).Select(token => token.Term);

        Assert.Equal(expected, string.Join(' ', tokens));
    }
}
