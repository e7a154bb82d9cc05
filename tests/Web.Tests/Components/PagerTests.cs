using Bunit;
using Bunit.Rendering;
using Plateforme.Web.Shared.Components;

namespace Plateforme.Web.Tests.Components;

public sealed class PagerTests : ComponentTestContext
{
    private IRenderedComponent<ContainerFragment> RenderPager(int page, int pageCount) =>
        Render(Pager.For(page, pageCount, n => $"/recherche?page={n}"));

    private static List<string> Labels(IRenderedComponent<ContainerFragment> pager) =>
        [.. pager.FindAll(".pager__list > li > *").Select(e => e.TextContent.Replace("Page", "", StringComparison.Ordinal).Trim())];

    [Fact]
    public void A_single_page_needs_no_pager()
    {
        Assert.Empty(RenderPager(1, 1).Markup.Trim());
    }

    [Fact]
    public void Far_pages_collapse_into_gaps_around_the_current_one()
    {
        var pager = RenderPager(5, 20);

        Assert.Equal(["Précédent", "1", "…", "4", "5", "6", "…", "20", "Suivant"], Labels(pager));
        var current = pager.Find("[aria-current=page]");
        Assert.Equal("/recherche?page=5", current.GetAttribute("href"));
        Assert.Equal("/recherche?page=4", pager.Find("[data-testid=pager-previous]").GetAttribute("href"));
        Assert.Equal("/recherche?page=6", pager.Find("[data-testid=pager-next]").GetAttribute("href"));
    }

    [Fact]
    public void The_first_page_has_no_previous_link()
    {
        var first = RenderPager(1, 3);

        Assert.Empty(first.FindAll("[data-testid=pager-previous]"));
        Assert.Equal(["Précédent", "1", "2", "3", "Suivant"], Labels(first));
    }

    [Fact]
    public void The_last_page_has_no_next_link()
    {
        var last = RenderPager(3, 3);

        Assert.Empty(last.FindAll("[data-testid=pager-next]"));
        Assert.NotEmpty(last.FindAll("[data-testid=pager-previous]"));
    }

    [Fact]
    public void The_pager_is_a_labelled_navigation_landmark()
    {
        var nav = RenderPager(2, 4).Find("nav");

        Assert.Equal("Pagination des résultats", nav.GetAttribute("aria-label"));
    }
}
