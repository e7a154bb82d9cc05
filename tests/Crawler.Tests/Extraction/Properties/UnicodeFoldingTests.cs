using Plateforme.Crawler.Extraction;
using Plateforme.Search.Text;

namespace Plateforme.Crawler.Tests.Extraction.Properties;

/// <summary>The cases the property tests found, kept as examples: each once broke a folding's promise.</summary>
public sealed class UnicodeFoldingTests
{
    [Theory]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("De\u0301po\u0302t des dossiers", "depot des dossiers")]
    [InlineData("📅 Dépôt", "depot")]
    [InlineData("𝐀𝐁𝐂 de la ville", "𝐀𝐁𝐂 de la ville")]
    [InlineData("𐐀 ville", "𐐨 ville")]
    public void FoldWords_reads_characters_beyond_the_basic_plane_and_half_characters(string text, string expected)
    {
        Assert.Equal(expected, FrenchFolding.FoldWords(text));
    }

    [Fact]
    public void Folding_a_capital_that_folds_to_a_capital_twice_changes_nothing()
    {
        Assert.Equal("i", FrenchFolding.Fold("İ"));
        Assert.Equal('i', FrenchFolding.FoldChar('İ'));
        Assert.Equal("i", FrenchFolding.Slugify("İ"));
    }

    [Theory]
    [InlineData("Date limite : １５/０３/２０２６", "date limite : 15/03/2026")]
    [InlineData("le ٣ mars", "le 3 mars")]
    [InlineData("a\u2028b\u0085c", "a\nb\nc")]
    [InlineData("📅 15\u202Fmars", "📅 15 mars")]
    public void FoldKeepingLength_reads_other_digits_and_spaces_and_replaces_half_characters(string text, string expected)
    {
        Assert.Equal(expected, FrenchText.FoldKeepingLength(text));
    }

    /// <summary>Built at run time: attribute arguments cannot hold a lone surrogate.</summary>
    [Fact]
    public void Half_characters_read_as_separators_and_as_U_FFFD()
    {
        var highAlone = char.ConvertFromUtf32(0x1F4C5)[0].ToString();
        var lowAlone = char.ConvertFromUtf32(0x1F4C5)[1].ToString();
        Assert.Equal("avant le", FrenchFolding.FoldWords("avant" + highAlone + "le"));
        Assert.Equal("fin", FrenchFolding.FoldWords("fin" + lowAlone + highAlone));
        Assert.Equal("x\uFFFDy", FrenchText.FoldKeepingLength("x" + highAlone + "y"));
        Assert.Equal("x\uFFFDy \uFFFD", FrenchText.WellFormed("x" + lowAlone + "y " + highAlone));
    }

    [Fact]
    public void A_summary_never_ends_on_half_an_emoji()
    {
        var summary = Plateforme.Crawler.Extraction.Html.HtmlCleaner.Summarize(new string('a', 278) + "📅📅📅", 280);
        Assert.Equal(new string('a', 278) + "…", summary);
    }
}
