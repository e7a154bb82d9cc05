using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Search.Indexing;
using Plateforme.Web.Calls.Components;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Tests.Components;

public sealed class SearchBoxTests : ComponentTestContext
{
    public SearchBoxTests()
    {
        Services.AddSingleton<ISearchIndex>(new FakeSearchIndex(
            new Suggestion("funder", "fondation-de-france", "Fondation de France"),
            new Suggestion("theme", "sport", "Sport")));
    }

    private static readonly SearchFilters Associations = SearchFilters.Empty.With(FacetNames.Beneficiary, "association");

    [Fact]
    public async Task Typing_searches_once_after_a_pause_with_the_last_text()
    {
        var searched = new List<string>();
        var box = Render<SearchBox>(p => p
            .Add(b => b.Filters, Associations)
            // Long enough that a loaded machine never takes a pause between the three keystrokes below.
            .Add(b => b.Debounce, TimeSpan.FromSeconds(1))
            .Add(b => b.OnSearch, text => searched.Add(text)));

        // Find and type in one dispatch: the suggestions re-render the box between keystrokes.
        foreach (var typed in new[] { "j", "je", "jeunes" })
        {
            await box.InvokeAsync(() => box.Find("input[name=q]").Input(typed));
        }

        box.WaitForAssertion(() => Assert.Equal(["jeunes"], searched));
    }

    [Fact]
    public void Without_a_handler_submitting_opens_the_results_with_the_other_filters_kept()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var box = Render<SearchBox>(p => p.Add(b => b.Filters, Associations));

        box.Find("input[name=q]").Input("insertion");
        box.Find("form").Submit();

        Assert.Equal("http://localhost/recherche?q=insertion&beneficiary=association", navigation.Uri);
        Assert.Equal("association", box.Find("input[type=hidden][name=beneficiary]").GetAttribute("value"));
    }

    [Fact]
    public void Picking_a_funder_suggestion_filters_on_that_funder()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var box = Render<SearchBox>(p => p.Add(b => b.Filters, Associations));

        box.Find("input[name=q]").Input("fond");
        var option = box.Find("[role=option]");
        Assert.Contains("Financeur", option.TextContent, StringComparison.Ordinal);
        option.Click();

        Assert.Equal("http://localhost/recherche?beneficiary=association&funder=fondation-de-france", navigation.Uri);
    }

    [Fact]
    public void A_new_address_replaces_the_text_but_the_echo_of_typing_does_not()
    {
        var searched = new List<string>();
        var box = Render<SearchBox>(p => p
            .Add(b => b.Filters, SearchFilters.Empty.WithText("sport"))
            .Add(b => b.Debounce, TimeSpan.FromMilliseconds(10))
            .Add(b => b.OnSearch, text => searched.Add(text)));
        box.Find("input[name=q]").Input("jeu");
        box.WaitForAssertion(() => Assert.Equal(["jeu"], searched));

        // The person keeps typing while the page answers the first pause.
        box.Render(p => p.Add(b => b.Debounce, TimeSpan.FromMinutes(1)));
        box.Find("input[name=q]").Input("jeunes");
        box.Render(p => p.Add(b => b.Filters, SearchFilters.Empty.WithText("jeu")));
        Assert.Equal("jeunes", box.Find("input[name=q]").GetAttribute("value"));

        box.Render(p => p.Add(b => b.Filters, SearchFilters.Empty.WithText("culture")));
        Assert.Equal("culture", box.Find("input[name=q]").GetAttribute("value"));
    }
}
