using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Lucene;

public class FilterTests
{
    private static readonly TerritoryScope Amiens = new(
        TerritoryCode.Parse("com:80021"),
        [TerritoryCode.Parse("epci:248000531"), TerritoryCode.Parse("dep:80"), TerritoryCode.Parse("reg:32"), TerritoryCode.National]);

    private static readonly TerritoryScope Somme = new(TerritoryCode.Parse("dep:80"), [TerritoryCode.Parse("reg:32"), TerritoryCode.National]);

    [Fact]
    public async Task Values_of_one_dimension_are_ORed_and_dimensions_are_ANDed()
    {
        using var index = await WithAsync(
            Call("A").Beneficiary("association", "Association").Theme("sport", "Sport"),
            Call("B").Beneficiary("commune", "Commune").Theme("sport", "Sport"),
            Call("C").Beneficiary("entreprise", "Entreprise").Theme("sport", "Sport"),
            Call("D").Beneficiary("association", "Association").Theme("culture", "Culture"));

        var result = index.Search(Query() with { Beneficiaries = ["association", "commune"], Themes = ["sport"] });

        Assert.Equal(["A", "B"], result.Titles().Order());
    }

    [Theory]
    [InlineData("aidType")]
    [InlineData("funder")]
    [InlineData("recurrence")]
    public async Task Each_value_dimension_filters(string dimension)
    {
        using var index = await WithAsync(
            Call("Kept").AidType("pret", "Prêt").Funder("fdf", "Fondation de France").Recurrence("permanente"),
            Call("Dropped").AidType("subvention", "Subvention").Funder("caf", "CAF").Recurrence("ponctuelle"));
        var query = dimension switch
        {
            "aidType" => Query() with { AidTypes = ["pret"] },
            "funder" => Query() with { Funders = ["fdf"] },
            _ => Query() with { Recurrences = ["permanente"] },
        };

        Assert.Equal(["Kept"], index.Search(query).Titles());
    }

    [Fact]
    public async Task Territory_finds_calls_inside_the_scope_and_calls_covering_it()
    {
        using var index = await WithAsync(
            Call("Amiens").Territory("com:80021", "Amiens", "epci:248000531", "dep:80", "reg:32", "nat:FR"),
            Call("Abbeville").Territory("com:80001", "Abbeville", "dep:80", "reg:32", "nat:FR"),
            Call("Somme").Territory("dep:80", "Somme", "reg:32", "nat:FR"),
            Call("Hauts-de-France").Territory("reg:32", "Hauts-de-France", "nat:FR"),
            Call("France").Territory("nat:FR", "France"),
            Call("Pas-de-Calais").Territory("dep:62", "Pas-de-Calais", "reg:32", "nat:FR"),
            Call("Europe").Territory("eu:UE", "Union européenne"));

        var inAmiens = index.Search(Query() with { Territories = [Amiens] });
        var inSomme = index.Search(Query() with { Territories = [Somme] });

        Assert.Equal(["Amiens", "France", "Hauts-de-France", "Somme"], inAmiens.Titles().Order());
        Assert.Equal(["Abbeville", "Amiens", "France", "Hauts-de-France", "Somme"], inSomme.Titles().Order());
    }

    [Theory]
    [InlineData(CallStatus.Open, "ClosingSoon NoDates NoDeadline Open")]
    [InlineData(CallStatus.ClosingSoon, "ClosingSoon")]
    [InlineData(CallStatus.Upcoming, "Upcoming")]
    [InlineData(CallStatus.Closed, "Closed")]
    public async Task Status_is_computed_from_the_dates_of_today(CallStatus status, string expected)
    {
        using var index = await WithAsync(StatusSample());

        var result = index.Search(Query() with { Statuses = [status] });

        Assert.Equal(expected, string.Join(' ', result.Titles().Order()));
    }

    [Fact]
    public async Task Several_statuses_are_ORed()
    {
        using var index = await WithAsync(StatusSample());

        var result = index.Search(Query() with { Statuses = [CallStatus.Upcoming, CallStatus.Closed] });

        Assert.Equal(["Closed", "Upcoming"], result.Titles().Order());
    }

    [Fact]
    public async Task Status_of_a_hit_follows_the_rules()
    {
        using var index = await WithAsync(StatusSample());

        var statuses = index.Search(Query()).Hits.ToDictionary(hit => hit.Call.Title, hit => hit.Status);

        Assert.Equal(CallStatus.Open, statuses["NoDates"]);
        Assert.Equal(CallStatus.ClosingSoon, statuses["ClosingSoon"]);
        Assert.Equal(CallStatus.Upcoming, statuses["Upcoming"]);
        Assert.Equal(CallStatus.Closed, statuses["Closed"]);
    }

    [Fact]
    public async Task Deadline_range_is_inclusive_and_leaves_out_calls_without_deadline()
    {
        using var index = await WithAsync(
            Call("Before").Deadline(Day(9)),
            Call("First day").Deadline(Day(10)),
            Call("Last day").Deadline(Day(20)),
            Call("After").Deadline(Day(21)),
            Call("No deadline"));

        var between = index.Search(Query() with { DeadlineFrom = Day(10), DeadlineTo = Day(20) });
        var fromOnly = index.Search(Query() with { DeadlineFrom = Day(20) });
        var toOnly = index.Search(Query() with { DeadlineTo = Day(9) });

        Assert.Equal(["First day", "Last day"], between.Titles().Order());
        Assert.Equal(["After", "Last day"], fromOnly.Titles().Order());
        Assert.Equal(["Before"], toOnly.Titles());
    }

    [Fact]
    public async Task Amount_range_keeps_calls_whose_range_meets_it()
    {
        using var index = await WithAsync(
            Call("Small").Amounts(100_000, 500_000),
            Call("Medium").Amounts(1_000_000, 2_000_000),
            Call("Large").Amounts(5_000_000, 10_000_000),
            Call("Up to 8 000").Amounts(null, 800_000),
            Call("From 30 000").Amounts(3_000_000, null),
            Call("No amount"));

        var result = index.Search(Query() with { AmountMinCents = 500_000, AmountMaxCents = 1_000_000 });
        var atLeast = index.Search(Query() with { AmountMinCents = 6_000_000 });
        var atMost = index.Search(Query() with { AmountMaxCents = 50_000 });

        Assert.Equal(["Medium", "Small", "Up to 8 000"], result.Titles().Order());
        Assert.Equal(["From 30 000", "Large"], atLeast.Titles().Order());
        Assert.Equal(["Up to 8 000"], atMost.Titles());
    }

    [Fact]
    public async Task Filters_apply_with_or_without_facets()
    {
        using var index = await WithAsync(
            Call("A").Theme("sport", "Sport").Beneficiary("association", "Association"),
            Call("B").Theme("sport", "Sport").Beneficiary("commune", "Commune"),
            Call("C").Theme("culture", "Culture").Beneficiary("association", "Association"));
        var query = Query() with { Themes = ["sport"], Beneficiaries = ["association"], Statuses = [CallStatus.Open] };

        Assert.Equal(["A"], index.Search(query).Titles());
        Assert.Equal(["A"], index.Search(query with { IncludeFacets = false }).Titles());
    }

    private static CallDocument[] StatusSample() =>
    [
        Call("NoDates"),
        Call("NoDeadline").Opens(Day(-30)),
        Call("Open").Opens(Day(-10)).Deadline(Day(15)),
        Call("ClosingSoon").Deadline(Day(14)),
        Call("Upcoming").Opens(Day(1)).Deadline(Day(60)),
        Call("Closed").Opens(Day(-60)).Deadline(Day(-1)),
    ];
}
