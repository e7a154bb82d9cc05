using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Reference;

public class ThemeTaxonomyTests
{
    private static readonly ThemeTaxonomy Taxonomy = ThemeTaxonomy.Default;

    [Fact]
    public void The_taxonomy_has_fifteen_to_twenty_themes_each_with_sub_themes_and_keywords()
    {
        Assert.InRange(Taxonomy.All.Count, 15, 20);
        Assert.All(Taxonomy.All, theme =>
        {
            Assert.InRange(theme.SubThemes.Count, 2, 6);
            Assert.NotEmpty(theme.Keywords);
            Assert.False(string.IsNullOrWhiteSpace(theme.Label));
            Assert.All(theme.SubThemes, s => Assert.Equal(theme.Slug, s.ThemeSlug));
        });
    }

    [Fact]
    public void Every_slug_is_ascii_kebab_case_and_unique()
    {
        var slugs = Taxonomy.All.Select(t => t.Slug).Concat(Taxonomy.AllSubThemes.Select(s => s.Slug)).ToList();

        Assert.All(slugs, slug => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug));
        Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Find_gives_the_French_label_of_a_theme()
    {
        var theme = Taxonomy.Find("economie-sociale-solidaire");

        Assert.NotNull(theme);
        Assert.Equal("Économie sociale et solidaire", theme.Label);
        Assert.Contains("ESS", theme.Keywords);
    }

    [Fact]
    public void A_sub_theme_knows_its_theme()
    {
        var subTheme = Taxonomy.FindSubTheme("tiers-lieux");

        Assert.NotNull(subTheme);
        Assert.Equal("economie-sociale-solidaire", subTheme.ThemeSlug);
        Assert.Equal("Tiers-lieux", Taxonomy.SubThemeLabelOf("tiers-lieux"));
    }

    [Fact]
    public void Unknown_slugs_are_labelled_by_themselves()
    {
        Assert.Null(Taxonomy.Find("astronomie"));
        Assert.Equal("astronomie", Taxonomy.LabelOf("astronomie"));
        Assert.Equal("astronomie", Taxonomy.SubThemeLabelOf("astronomie"));
        Assert.False(Taxonomy.IsTheme(null));
    }

    [Theory]
    [InlineData("culture-patrimoine")]
    [InlineData("Culture et patrimoine")]
    [InlineData("CULTURE ET PATRIMOINE")]
    [InlineData("culture_patrimoine")]
    public void TryNormalize_accepts_slugs_and_labels_written_loosely(string text)
    {
        Assert.True(Taxonomy.TryNormalize(text, out var slug));
        Assert.Equal("culture-patrimoine", slug);
    }

    [Fact]
    public void TryNormalize_rejects_unknown_text()
    {
        Assert.False(Taxonomy.TryNormalize("astronomie", out _));
        Assert.False(Taxonomy.TryNormalize("  ", out _));
    }
}
