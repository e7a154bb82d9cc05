using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Filters;

public class PublicAndSpendingFilterTests
{
    private static readonly LabelledValue Youth = new(PublicSlugs.Youth, "Jeunes");
    private static readonly LabelledValue Seniors = new(PublicSlugs.Seniors, "Seniors");

    [Fact]
    public async Task The_kind_of_spending_filter_keeps_the_calls_paying_for_it()
    {
        using var index = await WithAsync(
            Call("Salaires").Destinations(DestinationSlugs.Operating),
            Call("Travaux").Destinations(DestinationSlugs.Investment),
            Call("Les deux").Destinations(DestinationSlugs.Operating, DestinationSlugs.Investment),
            Call("Rien de dit"));

        var result = index.Search(Query() with { Destinations = [DestinationSlugs.Investment] });

        Assert.Equal(["Les deux", "Travaux"], result.Titles().Order());
    }

    [Fact]
    public async Task The_kind_of_spending_facet_counts_with_its_french_label()
    {
        using var index = await WithAsync(
            Call("Salaires").Destinations(DestinationSlugs.Operating),
            Call("Les deux").Destinations(DestinationSlugs.Operating, DestinationSlugs.Investment));

        var facet = index.Search(Query()).Facets[FacetNames.Destination];

        Assert.Equal(2, facet.Single(f => f.Value == DestinationSlugs.Operating).Count);
        Assert.Equal("Investissement", facet.Single(f => f.Value == DestinationSlugs.Investment).Label);
    }

    [Fact]
    public async Task The_public_filter_ORs_its_values_and_ANDs_with_other_dimensions()
    {
        using var index = await WithAsync(
            With(Call("Jeunes sport").Theme("sport", "Sport"), Youth),
            With(Call("Seniors sport").Theme("sport", "Sport"), Seniors),
            With(Call("Jeunes culture").Theme("culture", "Culture"), Youth),
            Call("Personne").Theme("sport", "Sport"));

        var result = index.Search(Query() with { Publics = [PublicSlugs.Youth, PublicSlugs.Seniors], Themes = ["sport"] });

        Assert.Equal(["Jeunes sport", "Seniors sport"], result.Titles().Order());
    }

    [Fact]
    public async Task The_public_facet_is_counted_without_its_own_filter()
    {
        using var index = await WithAsync(With(Call("A"), Youth), With(Call("B"), Youth, Seniors), With(Call("C"), Seniors));

        var facet = index.Search(Query() with { Publics = [PublicSlugs.Youth] }).Facets[FacetNames.Public];

        Assert.Equal(2, facet.Single(f => f.Value == PublicSlugs.Youth).Count);
        Assert.Equal(2, facet.Single(f => f.Value == PublicSlugs.Seniors).Count);
    }

    internal static CallDocument With(CallDocument call, params LabelledValue[] publics) => call with { Publics = publics };
}
