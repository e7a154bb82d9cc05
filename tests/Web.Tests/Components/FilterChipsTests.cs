using Bunit;
using Plateforme.Web.Calls.Components;

namespace Plateforme.Web.Tests.Components;

public sealed class FilterChipsTests : ComponentTestContext
{
    private static readonly ActiveFilter Theme = new("theme", "sport", "Thématique", "Sport", "/recherche?beneficiary=association");
    private static readonly ActiveFilter Beneficiary = new("beneficiary", "association", "Bénéficiaire", "Association", "/recherche?theme=sport")
    {
        IsPreference = true,
    };

    [Fact]
    public void Each_active_filter_is_a_chip_whose_link_removes_it()
    {
        var chips = Render<FilterChips>(p => p.Add(c => c.Filters, [Theme, Beneficiary]).Add(c => c.ClearUrl, "/recherche"));

        var links = chips.FindAll("[data-testid=chip]");
        Assert.Equal(2, links.Count);
        Assert.Equal("/recherche?beneficiary=association", links[0].GetAttribute("href"));
        Assert.Contains("Thématique", links[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Sport", links[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("retirer ce filtre", links[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Clear_all_appears_from_two_filters_on()
    {
        var one = Render<FilterChips>(p => p.Add(c => c.Filters, [Theme]).Add(c => c.ClearUrl, "/recherche?q=jeunes"));
        var two = Render<FilterChips>(p => p.Add(c => c.Filters, [Theme, Beneficiary]).Add(c => c.ClearUrl, "/recherche?q=jeunes"));

        Assert.Empty(one.FindAll("[data-testid=clear-filters]"));
        var clear = two.Find("[data-testid=clear-filters]");
        Assert.Equal("Tout effacer", clear.TextContent);
        Assert.Equal("/recherche?q=jeunes", clear.GetAttribute("href"));
    }

    [Fact]
    public void A_filter_from_my_territory_says_where_it_comes_from()
    {
        var chips = Render<FilterChips>(p => p.Add(c => c.Filters, [Theme, Beneficiary]).Add(c => c.ClearUrl, "/recherche"));

        var preference = chips.Find("[data-parameter=beneficiary]");
        Assert.Contains("chip--preference", preference.ClassName, StringComparison.Ordinal);
        Assert.Contains("mon territoire", preference.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_filters_nothing_is_drawn()
    {
        var chips = Render<FilterChips>(p => p.Add(c => c.Filters, []).Add(c => c.ClearUrl, "/recherche"));

        Assert.Empty(chips.Markup.Trim());
    }
}
