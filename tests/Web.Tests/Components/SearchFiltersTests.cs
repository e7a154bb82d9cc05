using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Tests.Components;

public sealed class SearchFiltersTests
{
    private static readonly SearchQuery Query = new()
    {
        Today = new DateOnly(2026, 11, 23),
        Text = "insertion & jeunes",
        Themes = ["sport", "culture-patrimoine"],
        Territories = [new TerritoryScope(TerritoryCode.Parse("dep:80"), [TerritoryCode.Parse("reg:32"), TerritoryCode.National])],
        Statuses = [CallStatus.ClosingSoon],
        DeadlineTo = new DateOnly(2027, 1, 31),
        AmountMinCents = 150_050,
        Sort = SearchSort.Deadline,
        Page = 2,
    };

    [Fact]
    public void The_address_is_rebuilt_with_the_API_parameter_names_in_a_stable_order()
    {
        var filters = SearchFilters.From(Query);

        Assert.Equal(
            "/recherche?q=insertion%20%26%20jeunes&territory=dep%3A80&theme=sport&theme=culture-patrimoine&status=cloture-proche"
            + "&deadlineTo=2027-01-31&amountMin=1500.50&sort=deadline&page=2",
            filters.ToUrl());
    }

    [Fact]
    public void Defaults_are_left_out_of_the_address()
    {
        Assert.Equal("/recherche", SearchFilters.Empty.ToUrl());
        Assert.Equal("/embed?theme=sport", SearchFilters.Empty.With("theme", "sport").ToUrl("/embed"));
    }

    [Fact]
    public void Toggling_a_value_adds_or_removes_it_and_returns_to_the_first_page()
    {
        var filters = SearchFilters.From(Query);

        var withoutSport = filters.Toggle("theme", "sport");
        var withAssociations = filters.Toggle("beneficiary", "association");

        Assert.Equal(["culture-patrimoine"], withoutSport.Values("theme"));
        Assert.Equal(1, withoutSport.Page);
        Assert.True(withAssociations.IsSelected("beneficiary", "association"));
        Assert.Equal(1, withAssociations.Page);
    }

    [Fact]
    public void Clearing_all_filters_keeps_the_text_and_the_sort()
    {
        var cleared = SearchFilters.From(Query).WithoutFilters();

        Assert.Equal("/recherche?q=insertion%20%26%20jeunes&sort=deadline", cleared.ToUrl());
        Assert.Equal(0, cleared.FilterCount);
    }

    [Fact]
    public void A_bound_is_removed_like_any_other_filter()
    {
        var filters = SearchFilters.From(Query).Without(SearchFilters.AmountMin, "1500.50");

        Assert.Null(filters.Single(SearchFilters.AmountMin));
        Assert.Equal("2027-01-31", filters.Single(SearchFilters.DeadlineTo));
    }
}
