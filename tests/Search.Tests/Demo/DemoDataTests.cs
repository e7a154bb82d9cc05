using Plateforme.DemoData;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Tests.Demo;

/// <summary>The hand-written demo data refers only to things that exist.</summary>
public class DemoDataTests
{
    private static readonly IReadOnlyList<DemoFunder> Funders = [.. DemoStateFunders.All, .. DemoLocalFunders.All, .. DemoPrivateFunders.All];

    [Fact]
    public void Every_demo_place_is_a_real_territory_with_its_official_name()
    {
        var directory = TerritoryDirectory.Default;

        Assert.All(DemoPlaces.ByCode.Values, place =>
        {
            var code = TerritoryCode.Parse(place.Code);
            Assert.True(directory.IsKnown(code), place.Code);
            Assert.Contains(place.Name.Split(' ')[0], directory.Label(code), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Funders_have_unique_slugs_known_places_and_themes()
    {
        var taxonomy = ThemeTaxonomy.Default;

        Assert.Equal(Funders.Count, Funders.Select(f => f.Slug).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Funders, f =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", f.Slug);
            Assert.True(f.Weight > 0);
            Assert.All(f.Places, p => Assert.True(DemoPlaces.ByCode.ContainsKey(p), p));
            Assert.All(f.Themes, t => Assert.True(taxonomy.IsTheme(t), t));
            Assert.All(f.Programmes, p => Assert.NotEmpty(DemoSubjects.OfSubTheme(p.SubTheme)));
        });
    }

    [Fact]
    public void Every_theme_a_funder_names_has_subjects()
    {
        Assert.All(Funders.SelectMany(f => f.Themes).Distinct(), theme => Assert.NotEmpty(DemoSubjects.OfTheme(theme)));
    }

    [Fact]
    public void Subjects_refer_to_real_sub_themes_and_beneficiaries()
    {
        var taxonomy = ThemeTaxonomy.Default;
        var beneficiaries = ReferenceLists.Default.Beneficiaries;

        Assert.All(DemoSubjects.All, s =>
        {
            Assert.Equal(s.Theme, taxonomy.FindSubTheme(s.SubTheme)?.ThemeSlug);
            Assert.NotEmpty(s.Examples);
            Assert.All(s.Beneficiaries, b => Assert.True(beneficiaries.Contains(b), b));
        });
        Assert.Equal(taxonomy.All.Count, DemoSubjects.All.Select(s => s.Theme).Distinct().Count());
    }
}
