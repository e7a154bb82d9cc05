using Plateforme.Search.Indexing;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Lucene;

public class FacetTests
{
    private static CallDocument[] Sample() =>
    [
        Call("Sport associations").Theme("sport", "Sport").Beneficiary("association", "Association").Territory("dep:80", "Somme", "reg:32", "nat:FR"),
        Call("Sport communes").Theme("sport", "Sport").Beneficiary("commune", "Commune").Territory("dep:80", "Somme", "reg:32", "nat:FR"),
        Call("Culture associations").Theme("culture", "Culture").Beneficiary("association", "Association").Recurrence("permanente"),
        Call("Culture et sport").Theme("culture", "Culture").Theme("sport", "Sport").Beneficiary("association", "Association").Deadline(Day(-3)),
        Call("Environnement").Theme("environnement", "Environnement").Beneficiary("entreprise", "Entreprise").Opens(Day(5)),
    ];

    [Fact]
    public async Task Every_dimension_is_counted_with_its_label()
    {
        using var index = await WithAsync(Sample());

        var facets = index.Search(Query()).Facets;

        Assert.Equal(FacetNames.All.Order(), facets.Keys.Order());
        Assert.Equal([new("sport", "Sport", 3), new("culture", "Culture", 2), new("environnement", "Environnement", 1)], facets[FacetNames.Theme]);
        // A territory counts the calls inside it and those covering it, as selecting it does: every call is in
        // France, and the three national calls cover the Somme as well as its own two.
        Assert.Equal([new("nat:FR", "France", 5), new("dep:80", "Somme", 5)], facets[FacetNames.Territory]);
        Assert.Equal([new("ponctuelle", "Ponctuelle", 4), new("permanente", "Permanente", 1)], facets[FacetNames.Recurrence]);
    }

    [Fact]
    public async Task Ties_are_sorted_by_label()
    {
        using var index = await WithAsync(Call("A").Funder("z", "Zèbre"), Call("B").Funder("e", "État"), Call("C").Funder("a", "Agence"));

        var funders = index.Search(Query()).Facets[FacetNames.Funder];

        Assert.Equal(["Agence", "État", "Zèbre"], funders.Select(count => count.Label));
    }

    [Fact]
    public async Task Status_facet_counts_open_calls_including_those_closing_soon()
    {
        using var index = await WithAsync(
            Call("Open"), Call("Open too").Deadline(Day(40)), Call("Closing").Deadline(Day(3)), Call("Upcoming").Opens(Day(2)), Call("Closed").Deadline(Day(-1)));

        var statuses = index.Search(Query()).Facets[FacetNames.Status].ToDictionary(count => count.Value, count => count.Count);

        Assert.Equal(3, statuses["ouvert"]);
        Assert.Equal(1, statuses["cloture-proche"]);
        Assert.Equal(1, statuses["a-venir"]);
        Assert.Equal(1, statuses["clos"]);
        Assert.Equal("Clôture proche", index.Search(Query()).Facets[FacetNames.Status].Single(count => count.Value == "cloture-proche").Label);
    }

    [Fact]
    public async Task A_selected_value_does_not_shrink_its_own_facet()
    {
        using var index = await WithAsync(Sample());

        var result = index.Search(Query() with { Themes = ["culture"] });

        Assert.Equal(2, result.Total);
        Assert.Equal([new("sport", "Sport", 3), new("culture", "Culture", 2), new("environnement", "Environnement", 1)], result.Facets[FacetNames.Theme]);
        Assert.Equal([new("association", "Association", 2)], result.Facets[FacetNames.Beneficiary]);
    }

    [Fact]
    public async Task Each_facet_applies_every_other_filter()
    {
        using var index = await WithAsync(Sample());

        var result = index.Search(Query() with { Themes = ["sport"], Beneficiaries = ["association"] });

        Assert.Equal(["Culture et sport", "Sport associations"], result.Titles().Order());
        Assert.Equal([new("culture", "Culture", 2), new("sport", "Sport", 2)], result.Facets[FacetNames.Theme]);
        Assert.Equal([new("association", "Association", 2), new("commune", "Commune", 1)], result.Facets[FacetNames.Beneficiary]);
        Assert.Equal([new("ponctuelle", "Ponctuelle", 2)], result.Facets[FacetNames.Recurrence]);
    }

    [Fact]
    public async Task Status_facet_ignores_the_status_filter_but_not_the_others()
    {
        using var index = await WithAsync(Sample());

        var result = index.Search(Query() with { Statuses = [CallStatus.Closed], Beneficiaries = ["association"] });

        Assert.Equal(["Culture et sport"], result.Titles());
        var statuses = result.Facets[FacetNames.Status].ToDictionary(count => count.Value, count => count.Count);
        Assert.Equal(2, statuses["ouvert"]);
        Assert.Equal(1, statuses["clos"]);
        Assert.False(statuses.ContainsKey("a-venir"));
    }

    [Fact]
    public async Task Facets_follow_the_text()
    {
        using var index = await WithAsync(Sample());

        var result = index.Search(Query("culture"));

        Assert.Equal([new("culture", "Culture", 2), new("sport", "Sport", 1)], result.Facets[FacetNames.Theme]);
    }

    [Fact]
    public async Task Facets_are_left_out_when_not_asked_for()
    {
        using var index = await WithAsync(Sample());

        var result = index.Search(Query() with { IncludeFacets = false });

        Assert.Empty(result.Facets);
        Assert.Equal(5, result.Total);
    }

    [Fact]
    public async Task Facets_of_calls_in_several_segments_and_after_an_update_add_up()
    {
        using var index = await WithAsync(Sample());
        CallDocument extra = Call("Nouveau sport").Theme("sport", "Sport");
        await index.UpsertAsync([extra]);
        await index.CommitAsync();
        await index.UpsertAsync([extra with { Themes = [new LabelledValue("culture", "Culture")] }]);
        await index.CommitAsync();

        var themes = index.Search(Query()).Facets[FacetNames.Theme];

        Assert.Equal([new("culture", "Culture", 3), new("sport", "Sport", 3), new("environnement", "Environnement", 1)], themes);
    }
}
