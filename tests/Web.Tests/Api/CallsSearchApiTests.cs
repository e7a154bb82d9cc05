using System.Text.Json;

namespace Plateforme.Web.Tests.Api;

[Collection(AppCollection.Name)]
public sealed class CallsSearchApiTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Open_calls_for_associations_in_the_Somme_about_youth_insertion_come_with_facets()
    {
        var result = await client.GetJsonAsync("/api/calls?q=insertion%20jeunes&beneficiary=association&territory=dep:80&status=ouvert");

        var hits = result.GetProperty("hits");
        Assert.True(hits.GetArrayLength() > 0, "the demo catalogue has open youth-insertion calls for Somme associations");
        foreach (var hit in hits.EnumerateArray())
        {
            Assert.Contains(hit.GetProperty("status").GetProperty("value").GetString(), new[] { "ouvert", "cloture-proche" });
            Assert.Contains("association", hit.GetProperty("beneficiaries").Values("value"));
            // A call without a deadline has no "deadline" property at all.
            Assert.True(!hit.TryGetProperty("deadline", out var deadline)
                || DateOnly.Parse(deadline.GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= new DateOnly(2026, 11, 23));
        }
        var facets = result.GetProperty("facets");
        foreach (var name in new[] { "beneficiary", "theme", "aidType", "funder", "territory", "status", "recurrence" })
        {
            Assert.True(facets.TryGetProperty(name, out var facet) && facet.GetArrayLength() > 0, $"facet {name}");
        }
        Assert.Equal(result.GetProperty("total").GetInt32(), result.FacetCount("beneficiary", "association"));
    }

    [Fact]
    public async Task A_facet_counts_the_other_values_of_its_own_dimension()
    {
        var all = await client.GetJsonAsync("/api/calls?pageSize=1");
        var associations = await client.GetJsonAsync("/api/calls?beneficiary=association&pageSize=1");

        var communesAlone = all.FacetCount("beneficiary", "commune");
        Assert.True(communesAlone > 0);
        // Drill-sideways: choosing "association" does not hide how many calls "commune" would give.
        Assert.Equal(communesAlone, associations.FacetCount("beneficiary", "commune"));
        Assert.Equal(associations.GetProperty("total").GetInt32(), all.FacetCount("beneficiary", "association"));
    }

    [Fact]
    public async Task Repeated_values_of_a_filter_are_combined_with_OR()
    {
        var sport = (await client.GetJsonAsync("/api/calls?theme=sport&pageSize=1")).GetProperty("total").GetInt32();
        var culture = (await client.GetJsonAsync("/api/calls?theme=culture-patrimoine&pageSize=1")).GetProperty("total").GetInt32();
        var both = (await client.GetJsonAsync("/api/calls?theme=sport&theme=culture-patrimoine&pageSize=1")).GetProperty("total").GetInt32();

        Assert.True(sport > 0 && culture > 0);
        Assert.InRange(both, Math.Max(sport, culture), sport + culture);
    }

    [Fact]
    public async Task A_commune_finds_calls_of_its_departement_region_and_the_whole_country()
    {
        var result = await client.GetJsonAsync("/api/calls?territory=com:80021&pageSize=100");

        var territories = result.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("territory").GetProperty("value").GetString()!).ToHashSet();
        Assert.Contains("nat:FR", territories);
        Assert.Contains("reg:32", territories);
        Assert.Contains("dep:80", territories);
        Assert.All(territories, t => Assert.Contains(t, new[] { "com:80021", "epci:248000531", "dep:80", "reg:32", "nat:FR", "eu:UE" }));
    }

    [Fact]
    public async Task Deadline_sort_lists_open_calls_by_soonest_deadline()
    {
        var result = await client.GetJsonAsync("/api/calls?status=ouvert&sort=deadline&pageSize=50");

        var deadlines = result.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("deadline"))
            .Where(d => d.ValueKind == JsonValueKind.String)
            .Select(d => d.GetString()!)
            .ToList();
        Assert.NotEmpty(deadlines);
        Assert.Equal(deadlines.Order(StringComparer.Ordinal), deadlines);
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_keep_the_exact_total()
    {
        var first = await client.GetJsonAsync("/api/calls?sort=newest&pageSize=10&page=1");
        var second = await client.GetJsonAsync("/api/calls?sort=newest&pageSize=10&page=2");

        Assert.Equal(first.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
        Assert.Empty(first.GetProperty("hits").Values("id").Intersect(second.GetProperty("hits").Values("id")));
        Assert.Equal(600, first.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_typo_still_finds_the_calls_and_proposes_the_spelling()
    {
        var result = await client.GetJsonAsync("/api/calls?q=insertoin");

        Assert.True(result.GetProperty("total").GetInt32() > 0);
        Assert.Contains("insertion", result.GetProperty("spellingSuggestion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Amount_filter_keeps_calls_whose_range_meets_the_requested_one()
    {
        var result = await client.GetJsonAsync("/api/calls?amountMin=50000&pageSize=100");

        Assert.True(result.GetProperty("total").GetInt32() > 0);
        foreach (var hit in result.GetProperty("hits").EnumerateArray())
        {
            var max = hit.TryGetProperty("maxAmountCents", out var m) ? m.GetInt64() : long.MaxValue;
            Assert.True(max >= 5_000_000, $"max {max} cents is below 50 000 €");
        }
    }
}
