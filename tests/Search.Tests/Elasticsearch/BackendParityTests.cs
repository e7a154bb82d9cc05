using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Search.Tests.Lucene;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Elasticsearch;

/// <summary>
/// One behavioural suite for every backend (see <see cref="SearchBackends"/>): what a person sees on the results
/// page must not depend on the engine. `ELASTICSEARCH_URL=http://… dotnet test --filter BackendParity` proves it.
/// </summary>
public class BackendParityTests
{
    private static CallDocument[] Catalogue() =>
    [
        Call("Sport associations").Summary("Soutenir l'association sportive du quartier.").Theme("sport", "Sport").Beneficiary("association", "Association")
            .Territory("dep:80", "Somme", "reg:32", "nat:FR").Deadline(Day(30)).Amounts(100_000, 500_000),
        Call("Sport communes").Summary("Équiper les communes en terrains de sport.").Theme("sport", "Sport").Beneficiary("commune", "Commune")
            .Territory("dep:02", "Aisne", "reg:32", "nat:FR").Deadline(Day(3)),
        Call("Culture associations").Summary("Financer les festivals associatifs.").Theme("culture", "Culture").Beneficiary("association", "Association")
            .Territory("reg:32", "Hauts-de-France", "nat:FR").Recurrence("permanente").Published(new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero)),
        Call("Culture et sport").Summary("Projets croisant culture et pratique sportive.").Theme("culture", "Culture").Theme("sport", "Sport")
            .Beneficiary("association", "Association").Deadline(Day(-3)),
        Call("Économie circulaire").Summary("Réduire les déchets des entreprises.").Theme("environnement", "Environnement").Funder("ademe", "ADEME")
            .Beneficiary("entreprise", "Entreprise").Opens(Day(5)).Deadline(Day(60)).Amounts(1_000_000, null),
        Call("Insertion professionnelle").Summary("Accompagner l'insertion des personnes éloignées de l'emploi.").Theme("emploi", "Emploi").Funder("etat", "État"),
    ];

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task Filters_combine_values_with_or_and_dimensions_with_and(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, Catalogue());

        var result = store.Index.Search(Query() with { Themes = ["sport", "culture"], Beneficiaries = ["association"] });

        Assert.Equal(["Culture associations", "Culture et sport", "Sport associations"], result.Titles().Order());
    }

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task A_selected_value_keeps_its_own_facet_whole_and_narrows_the_others(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, Catalogue());

        var facets = store.Index.Search(Query() with { Themes = ["sport"] }).Facets;

        Assert.Equal([new("sport", "Sport", 3), new("culture", "Culture", 2), new("emploi", "Emploi", 1), new("environnement", "Environnement", 1)], facets[FacetNames.Theme]);
        Assert.Equal([new("association", "Association", 2), new("commune", "Commune", 1)], facets[FacetNames.Beneficiary]);
        var statuses = facets[FacetNames.Status].ToDictionary(count => count.Value, count => count.Count);
        Assert.Equal(2, statuses["ouvert"]);
        Assert.Equal(1, statuses["cloture-proche"]);
        Assert.Equal(1, statuses["clos"]);
    }

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task A_commune_finds_the_calls_of_its_departement_region_and_country_only(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, Catalogue());
        var amiens = new TerritoryScope(new TerritoryCode(TerritoryLevel.Commune, "80021"), [new TerritoryCode(TerritoryLevel.Departement, "80"), new TerritoryCode(TerritoryLevel.Region, "32"), TerritoryCode.National]);

        var titles = store.Index.Search(Query() with { Territories = [amiens], PageSize = 50 }).Titles();

        Assert.Contains("Sport associations", titles);
        Assert.Contains("Culture associations", titles);
        Assert.Contains("Insertion professionnelle", titles);
        Assert.DoesNotContain("Sport communes", titles);
    }

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task Sorts_and_pages_list_calls_in_the_same_order(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, Catalogue());

        var byDeadline = store.Index.Search(Query() with { Sort = SearchSort.Deadline }).Titles();
        var secondPage = store.Index.Search(Query() with { Sort = SearchSort.Deadline, Page = 2, PageSize = 2 }).Titles();
        var newest = store.Index.Search(Query() with { Sort = SearchSort.Newest }).Titles();
        var open = store.Index.Search(Query()).Titles();

        Assert.Equal(["Sport communes", "Sport associations", "Économie circulaire"], byDeadline.Take(3));
        Assert.Equal("Culture et sport", byDeadline[^1]);
        Assert.Equal(byDeadline.Skip(2).Take(2), secondPage);
        Assert.Equal("Culture associations", newest[0]);
        Assert.Equal("Culture et sport", open[^1]);
        Assert.Equal("Économie circulaire", open[^2]);
    }

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task Words_are_found_in_any_form_and_marked_in_the_snippet(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, Catalogue());

        var associations = store.Index.Search("associations");
        var economy = store.Index.Search("economie");

        var hit = associations.Hits.Single(hit => hit.Call.Title == "Sport associations");
        Assert.Equal("Soutenir l&#39;<mark>association</mark> sportive du quartier.", hit.Snippet);
        Assert.Equal("Économie circulaire", Assert.Single(economy.Hits).Call.Title);
    }

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task Amounts_deadlines_and_exclusions_narrow_the_list(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, Catalogue());

        var amount = store.Index.Search(Query() with { AmountMinCents = 600_000 }).Titles();
        var deadline = store.Index.Search(Query() with { DeadlineFrom = Day(0), DeadlineTo = Day(31) }).Titles();
        var excluded = store.Index.Search("sport -communes").Titles();

        Assert.Equal(["Économie circulaire"], amount);
        Assert.Equal(["Sport associations", "Sport communes"], deadline.Order());
        Assert.DoesNotContain("Sport communes", excluded);
        Assert.Contains("Sport associations", excluded);
    }

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task Too_few_full_matches_bring_approximate_ones_after_them(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, Catalogue());

        var result = store.Index.Search("festivals associatifs ruraux");
        var exact = store.Index.Search(Query("festivals associatifs ruraux") with { ExactOnly = true });

        Assert.Equal(0, exact.Total);
        Assert.True(result.ApproximateCount > 0);
        Assert.Equal("Culture associations", result.Hits[0].Call.Title);
        Assert.All(result.Hits, hit => Assert.True(hit.IsApproximate));
    }

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task Calls_naming_no_beneficiary_follow_as_public_non_precise(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, Catalogue());

        var result = store.Index.Search(Query() with { Beneficiaries = ["commune"], IncludeUnstated = true });

        Assert.Equal(["Sport communes", "Insertion professionnelle"], result.Titles());
        Assert.Equal([false, true], result.Hits.Select(hit => hit.PublicUnstated));
        Assert.Equal(1, result.UnstatedTotal);
    }

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task A_typo_is_corrected_and_still_finds_the_call(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, Catalogue());

        var result = store.Index.Search("insertoin");

        Assert.Equal("insertion", result.SpellingSuggestion);
        Assert.True(result.UsedFuzzyMatching);
        Assert.Equal("Insertion professionnelle", Assert.Single(result.Hits).Call.Title);
    }

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task Autocomplete_offers_themes_funders_and_titles(string backend)
    {
        using var store = await SearchBackends.OpenAsync(backend, Catalogue());

        var suggestions = store.Index.Suggest("eco");
        var funders = store.Index.Suggest("ade");

        Assert.Contains(suggestions, suggestion => suggestion is { Kind: "title", Label: "Économie circulaire" });
        Assert.Equal(new Suggestion("funder", "ademe", "ADEME"), Assert.Single(funders, s => s.Kind == "funder"));
    }

    [Theory]
    [MemberData(nameof(SearchBackends.All), MemberType = typeof(SearchBackends))]
    public async Task Similar_calls_leave_the_call_out_and_put_open_ones_first(string backend)
    {
        var calls = Catalogue();
        using var store = await SearchBackends.OpenAsync(backend, calls);

        var similar = store.Index.Similar(calls[0].Id, Today);

        Assert.DoesNotContain(similar, hit => hit.Call.Id == calls[0].Id);
        Assert.Contains(similar, hit => hit.Call.Title == "Sport communes");
        Assert.Equal(CallStatus.Closed, similar.Single(hit => hit.Call.Title == "Culture et sport").Status);
        Assert.Equal("Culture et sport", similar[^1].Call.Title);
        Assert.Equal(calls[0].Title, store.Index.Get(calls[0].Id)!.Title);
    }
}
