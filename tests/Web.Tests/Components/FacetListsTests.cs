using Bunit;
using Plateforme.Search.Indexing;
using Plateforme.Web.Calls.Components;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Tests.Components;

public sealed class FacetListsTests : ComponentTestContext
{
    // The lists are interactive on the results page; the test of the page drawn without its circuit says so itself.
    public FacetListsTests() => SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));

    private static readonly IReadOnlyList<FacetCount> Beneficiaries =
    [
        new("association", "Association", 1243),
        new("commune", "Commune", 310),
        new("entreprise-privee", "Entreprise privée", 42),
    ];

    private static readonly IReadOnlyList<FacetCount> Themes =
    [
        new("sport", "Sport", 52),
        new("culture", "Culture", 48),
    ];

    /// <summary>The facet as the browser shows it, with the values the page handed over.</summary>
    private AngleSharp.Dom.IElement Shown(IRenderedComponent<FacetLists> facet) => BrowserView.Of(facet.Markup, JSInterop);

    private IRenderedComponent<FacetLists> RenderFacet(SearchFilters filters, IReadOnlyList<FacetCount>? values = null, string name = FacetNames.Beneficiary) =>
        Render<FacetLists>(p => p
            .Add(f => f.Dimensions, [new FacetDimension(name, "Bénéficiaire", values ?? Beneficiaries)])
            .Add(f => f.Filters, filters));

    [Fact]
    public void Every_value_shows_its_count_in_French()
    {
        var facet = RenderFacet(SearchFilters.Empty);

        var values = Shown(facet).QuerySelectorAll("[data-testid=facet-value]");
        Assert.Equal(3, values.Count);
        Assert.Contains("Association", values[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("1\u202F243", values[0].QuerySelector("[data-testid=facet-count]")!.TextContent);
    }

    [Fact]
    public void An_unselected_value_links_to_the_search_with_it_added_and_back_to_page_one()
    {
        var filters = SearchFilters.Empty.WithText("jeunes").With(FacetNames.Theme, "sport").WithPage(3);

        var facet = RenderFacet(filters);

        var commune = Shown(facet).QuerySelector("[data-value=commune]")!;
        Assert.Equal("/recherche?q=jeunes&beneficiary=commune&theme=sport", commune.GetAttribute("href"));
        Assert.Null(commune.GetAttribute("aria-current"));
    }

    [Fact]
    public void A_selected_value_is_marked_and_its_link_removes_it()
    {
        var filters = SearchFilters.Empty.With(FacetNames.Beneficiary, "commune").With(FacetNames.Beneficiary, "association");

        var facet = RenderFacet(filters);

        var commune = Shown(facet).QuerySelector("[data-value=commune]")!;
        Assert.Equal("true", commune.GetAttribute("aria-current"));
        Assert.Contains("is-selected", commune.ClassName, StringComparison.Ordinal);
        Assert.Contains("filtre actif", commune.TextContent, StringComparison.Ordinal);
        Assert.Equal("/recherche?beneficiary=association", commune.GetAttribute("href"));
        Assert.Contains("(2)", facet.Find(".facet__title").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_interactive_the_page_names_the_values_and_the_browser_holds_them()
    {
        var facet = RenderFacet(SearchFilters.Empty);

        Assert.DoesNotContain("Association", facet.Find(".facet__list").InnerHtml, StringComparison.Ordinal);
        Assert.NotNull(facet.Find(".facet__list pf-html[data-held][data-key]"));
        Assert.Contains("Association", Shown(facet).QuerySelector(".facet__list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selected_value_that_no_longer_matches_stays_listed_so_it_can_be_removed()
    {
        var facet = RenderFacet(SearchFilters.Empty.With(FacetNames.Beneficiary, "chercheur"));

        var researcher = Shown(facet).QuerySelector("[data-value=chercheur]")!;
        Assert.Equal("0", researcher.QuerySelector("[data-testid=facet-count]")!.TextContent);
        Assert.Equal("/recherche", researcher.GetAttribute("href"));
    }

    [Fact]
    public void A_click_on_a_value_reaches_the_page_as_a_toggle_of_that_value()
    {
        var toggled = new List<FacetToggle>();
        var facet = Render<FacetLists>(p => p
            .Add(f => f.Dimensions, [new FacetDimension(FacetNames.Beneficiary, "Bénéficiaire", Beneficiaries), new FacetDimension(FacetNames.Theme, "Thématique", Themes)])
            .Add(f => f.Filters, SearchFilters.Empty)
            .Add(f => f.OnToggle, toggle => toggled.Add(toggle)));

        facet.Find("[data-testid=facet-theme] .facet__list").TriggerEvent("onfacettoggle", new FacetToggleEventArgs { Value = "sport" });
        facet.Find("[data-testid=facet-beneficiary] .facet__list").TriggerEvent("onfacettoggle", new FacetToggleEventArgs { Value = "commune" });
        facet.Find("[data-testid=facet-beneficiary] .facet__list").TriggerEvent("onfacettoggle", new FacetToggleEventArgs { Value = null });

        Assert.Equal([new FacetToggle(FacetNames.Theme, "sport"), new FacetToggle(FacetNames.Beneficiary, "commune")], toggled);
    }

    [Fact]
    public void Without_a_page_to_tell_the_values_are_plain_links()
    {
        var facet = RenderFacet(SearchFilters.Empty);

        Assert.DoesNotContain(facet.Find(".facet__list").Attributes, a => a.Name.Contains("facettoggle", StringComparison.Ordinal));
        Assert.Equal("/recherche?beneficiary=commune", Shown(facet).QuerySelector("[data-value=commune]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_long_list_shows_a_few_values_and_the_rest_behind_show_more()
    {
        var funders = Enumerable.Range(1, 9).Select(i => new FacetCount($"f{i}", $"Financeur {i}", 10 - i)).ToList();

        var facet = RenderFacet(SearchFilters.Empty, funders, FacetNames.Funder);

        Assert.Equal(6, Shown(facet).QuerySelectorAll(".facet__values:not(.facet__more .facet__values) > li").Count);
        Assert.Contains("Afficher 3 de plus", facet.Find(".facet__more > summary").TextContent, StringComparison.Ordinal);
        Assert.Empty(facet.FindAll("[data-testid=facet-search-funder]"));
    }

    [Fact]
    public void Without_the_circuit_every_value_is_in_the_page_behind_show_more_so_its_link_works()
    {
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        var funders = Enumerable.Range(1, 9).Select(i => new FacetCount($"f{i}", $"Financeur {i}", 10 - i)).ToList();

        var facet = RenderFacet(SearchFilters.Empty, funders, FacetNames.Funder);

        Assert.Equal(3, Shown(facet).QuerySelectorAll(".facet__more [data-testid=facet-value]").Count);
        Assert.False(facet.Find(".facet__more").HasAttribute("open"));
    }

    [Fact]
    public void Once_interactive_the_values_behind_show_more_are_drawn_only_when_asked_for()
    {
        var funders = Enumerable.Range(1, 9).Select(i => new FacetCount($"f{i}", $"Financeur {i}", 10 - i)).ToList();

        var facet = RenderFacet(SearchFilters.Empty, funders, FacetNames.Funder);
        Assert.Equal(6, Shown(facet).QuerySelectorAll("[data-testid=facet-value]").Count);

        facet.Find(".facet__more > summary").Click();
        Assert.Equal([.. funders.Select(f => f.Value)], Shown(facet).QuerySelectorAll("[data-testid=facet-value]").Select(a => a.GetAttribute("data-value")));
    }

    [Fact]
    public void Ticking_a_value_does_not_reorder_the_list_and_a_ticked_value_further_down_stays_in_sight()
    {
        var funders = Enumerable.Range(1, 9).Select(i => new FacetCount($"f{i}", $"Financeur {i}", 10 - i)).ToList();

        var facet = RenderFacet(SearchFilters.Empty.With(FacetNames.Funder, "f8"), funders, FacetNames.Funder);

        Assert.Equal([.. funders.Select(f => f.Value)], Shown(facet).QuerySelectorAll("[data-testid=facet-value]").Select(a => a.GetAttribute("data-value")));
        Assert.True(facet.Find(".facet__more").HasAttribute("open"));
    }

    [Fact]
    public void A_very_long_list_can_be_narrowed_by_typing_without_minding_accents()
    {
        var funders = Enumerable.Range(1, 12).Select(i => new FacetCount($"f{i}", $"Fondation {i}", 20 - i))
            .Append(new FacetCount("region-hdf", "Région Hauts-de-France", 3))
            .ToList();
        var facet = RenderFacet(SearchFilters.Empty, funders, FacetNames.Funder);

        facet.Find("[data-testid=facet-search-funder]").Input("region");

        var values = Shown(facet).QuerySelectorAll("[data-testid=facet-value]");
        Assert.Single(values);
        Assert.Contains("Région Hauts-de-France", values[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Filtrer la liste : bénéficiaire", facet.Find("label[for=facet-search-funder]").TextContent);
    }

    [Fact]
    public void The_facet_is_a_native_collapsible_section_open_by_default()
    {
        var open = RenderFacet(SearchFilters.Empty);
        var closed = Render<FacetLists>(p => p
            .Add(f => f.Dimensions, [new FacetDimension(FacetNames.Recurrence, "Récurrence", [new FacetCount("ponctuelle", "Ponctuelle", 4)], Open: false)])
            .Add(f => f.Filters, SearchFilters.Empty));

        Assert.True(open.Find("details.facet").HasAttribute("open"));
        Assert.False(closed.Find("details.facet").HasAttribute("open"));
        Assert.Equal("Bénéficiaire", open.Find("summary h3").TextContent.Trim());
    }

    [Fact]
    public void Each_dimension_keeps_its_own_narrowing_and_show_more()
    {
        var funders = Enumerable.Range(1, 12).Select(i => new FacetCount($"f{i}", $"Fondation {i}", 20 - i)).ToList();
        var territories = Enumerable.Range(1, 12).Select(i => new FacetCount($"t{i}", $"Territoire {i}", 20 - i)).ToList();
        var lists = Render<FacetLists>(p => p
            .Add(f => f.Dimensions, [new FacetDimension(FacetNames.Funder, "Financeur", funders), new FacetDimension(FacetNames.Territory, "Territoire", territories)])
            .Add(f => f.Filters, SearchFilters.Empty));

        lists.Find("[data-testid=facet-search-funder]").Input("fondation 1");
        lists.Find("[data-testid=facet-territory] .facet__more > summary").Click();

        var shown = Shown(lists);
        Assert.Equal(["f1", "f10", "f11", "f12"], shown.QuerySelectorAll("[data-testid=facet-funder] [data-testid=facet-value]").Select(a => a.GetAttribute("data-value")));
        Assert.Equal(12, shown.QuerySelectorAll("[data-testid=facet-territory] [data-testid=facet-value]").Length);
        Assert.Equal("", lists.Find("[data-testid=facet-search-territory]").GetAttribute("value") ?? "");
    }
}
