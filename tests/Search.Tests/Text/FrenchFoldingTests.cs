using Plateforme.Search.Text;

namespace Plateforme.Search.Tests.Text;

public class FrenchFoldingTests
{
    [Theory]
    [InlineData("œuvre", "oeuvre")]
    [InlineData("Cœur de ville", "coeur de ville")]
    [InlineData("CŒUR", "coeur")]
    [InlineData("Œ", "oe")]
    [InlineData("æ", "ae")]
    [InlineData("Cæcilia", "caecilia")]
    [InlineData("É", "e")]
    [InlineData("Économie", "economie")]
    [InlineData("ç", "c")]
    [InlineData("Ça déménage", "ca demenage")]
    [InlineData("où, là, être, naïf, Noël", "ou, la, etre, naif, noel")]
    [InlineData("\uFB01nancement", "financement")]
    [InlineData("in\uFB02uence", "influence")]
    [InlineData("Straße", "strasse")]
    [InlineData("L’Économie", "l'economie")]
    [InlineData("d'un", "d'un")]
    [InlineData("Île-de-France", "ile-de-france")]
    [InlineData("", "")]
    public void Fold_spells_out_ligatures_removes_accents_and_lowers(string input, string expected)
    {
        Assert.Equal(expected, FrenchFolding.Fold(input));
    }

    [Theory]
    [InlineData("CŒUR", "COEUR")]
    [InlineData("ÉCO", "ECO")]
    [InlineData("Ça", "Ca")]
    public void Fold_can_keep_the_case(string input, string expected)
    {
        Assert.Equal(expected, FrenchFolding.Fold(input, keepCase: true));
    }

    [Theory]
    [InlineData("Île-de-France", "ile de france")]
    [InlineData("L’Économie sociale", "l economie sociale")]
    [InlineData("d'un accompagnement", "d un accompagnement")]
    [InlineData("  Tiers-lieux « solidaires »  ", "tiers lieux solidaires")]
    [InlineData("Cœur de ville", "coeur de ville")]
    [InlineData("Hauts-de-France (2026)", "hauts de france 2026")]
    [InlineData("— !", "")]
    public void FoldWords_keeps_words_separated_by_one_space(string input, string expected)
    {
        Assert.Equal(expected, FrenchFolding.FoldWords(input));
    }

    [Fact]
    public void FoldWords_can_keep_the_case_of_acronyms()
    {
        Assert.Equal("ANS d OEuvre", FrenchFolding.FoldWords("ANS d’Œuvre", keepCase: true));
    }

    [Fact]
    public void Words_splits_on_anything_but_letters_and_digits()
    {
        Assert.Equal(["region", "hauts", "de", "france", "2026"], FrenchFolding.Words("Région Hauts-de-France (2026)"));
    }

    [Theory]
    [InlineData("Tiers-lieux « solidaires » 2026", 80, "tiers-lieux-solidaires-2026")]
    [InlineData("Œuvres d’art — Éducation", 80, "oeuvres-d-art-education")]
    [InlineData("Appel à projets", 6, "appel")]
    public void Slugify_gives_ascii_kebab_case(string input, int maxLength, string expected)
    {
        Assert.Equal(expected, FrenchFolding.Slugify(input, maxLength));
    }

    [Theory]
    [InlineData('œ', 'o')]
    [InlineData('Æ', 'a')]
    [InlineData('É', 'e')]
    [InlineData('ç', 'c')]
    [InlineData('a', 'a')]
    [InlineData('Z', 'z')]
    public void FoldChar_keeps_one_character_for_one(char input, char expected)
    {
        Assert.Equal(expected, FrenchFolding.FoldChar(input));
    }
}
