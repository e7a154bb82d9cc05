using System.Net;
using System.Text.Json;

namespace Plateforme.Web.Tests.Api;

/// <summary>The « public visé » and « type de dépenses » filters and the « public non précisé » tier, through /api/calls.</summary>
[Collection(AppCollection.Name)]
public sealed class PublicAndSpendingApiTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_public_filter_lists_the_calls_naming_it_then_the_calls_naming_none_marked()
    {
        var result = await client.GetJsonAsync("/api/calls?public=jeunes&sort=newest&pageSize=100");

        var total = result.GetProperty("total").GetInt32();
        var unstated = result.GetProperty("unstatedTotal").GetInt32();
        var matching = result.FacetCount("public", "jeunes");
        Assert.True(matching > 0 && unstated > 0, "the demo catalogue has calls for young people and calls naming no public");
        Assert.Equal(matching + unstated, total);
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        var marks = hits.Select(h => h.GetProperty("publicUnstated").GetBoolean()).ToList();
        // Every matching call comes before the first « public non précisé » one.
        Assert.Equal(marks.Order(), marks);
        Assert.All(hits.Where(h => !h.GetProperty("publicUnstated").GetBoolean()), h => Assert.Contains("jeunes", h.GetProperty("publics").Values("value")));
        Assert.All(hits.Where(h => h.GetProperty("publicUnstated").GetBoolean()), h => Assert.Equal(0, h.GetProperty("publics").GetArrayLength()));
    }

    [Fact]
    public async Task Unstated_exclude_keeps_only_the_calls_naming_the_public()
    {
        var result = await client.GetJsonAsync("/api/calls?public=seniors&unstated=exclude&pageSize=100");

        Assert.Equal(0, result.GetProperty("unstatedTotal").GetInt32());
        Assert.Equal(result.FacetCount("public", "seniors"), result.GetProperty("total").GetInt32());
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Contains("seniors", h.GetProperty("publics").Values("value")));
    }

    [Fact]
    public async Task The_kind_of_spending_filter_keeps_the_calls_paying_for_investment()
    {
        var result = await client.GetJsonAsync("/api/calls?destination=investissement&pageSize=100");

        Assert.True(result.GetProperty("total").GetInt32() > 0);
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Contains("investissement", h.GetProperty("spendingTypes").Values("value")));
        var facet = result.GetProperty("facets").GetProperty("destination").EnumerateArray().ToList();
        Assert.Contains(facet, f => f.GetProperty("value").GetString() == "investissement" && f.GetProperty("label").GetString() == "Investissement");
    }

    [Theory]
    [InlineData("public=martiens", "public")]
    [InlineData("destination=loisirs", "destination")]
    [InlineData("unstated=peut-etre", "unstated")]
    public async Task An_unknown_value_is_a_problem_naming_its_parameter(string query, string parameter)
    {
        using var response = await client.GetAsync(new Uri("/api/calls?" + query, UriKind.Relative));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task The_publics_reference_list_gives_french_labels()
    {
        var list = await client.GetJsonAsync("/api/reference/publics");

        var labels = list.EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("label").GetString()!);
        Assert.Equal("Personnes handicapées", labels["personnes-handicapees"]);
        Assert.Equal("Habitants des quartiers prioritaires", labels["quartiers-prioritaires"]);
    }

    [Fact]
    public async Task The_OpenAPI_document_names_the_new_filters_and_fields()
    {
        var document = (await client.GetJsonAsync("/openapi/v1.json")).GetRawText();

        Assert.Contains("destination (type de dépenses", document, StringComparison.Ordinal);
        Assert.Contains("\"unstatedTotal\"", document, StringComparison.Ordinal);
        Assert.Contains("\"publics\"", document, StringComparison.Ordinal);
        Assert.Contains("\"territories\"", document, StringComparison.Ordinal);
        Assert.Contains("\"spendingTypes\"", document, StringComparison.Ordinal);
    }
}
