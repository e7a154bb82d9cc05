namespace Plateforme.Web.Tests.Api;

[Collection(AppCollection.Name)]
public sealed class ReferenceApiTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("themes", "beneficiary")]
    [InlineData("beneficiaries", "beneficiary")]
    [InlineData("aid-types", "aidType")]
    [InlineData("statuses", "status")]
    [InlineData("recurrences", "recurrence")]
    [InlineData("funders", "funder")]
    public async Task Every_listed_value_is_accepted_by_the_search(string list, string parameterIfNotTheme)
    {
        var parameter = list == "themes" ? "theme" : parameterIfNotTheme;
        var values = await client.GetJsonAsync($"/api/reference/{list}");

        Assert.True(values.GetArrayLength() > 0);
        foreach (var value in values.EnumerateArray().Take(20))
        {
            Assert.False(string.IsNullOrWhiteSpace(value.GetProperty("label").GetString()));
            var (status, _, _) = await client.GetRawAsync($"/api/calls?{parameter}={Uri.EscapeDataString(value.GetProperty("value").GetString()!)}&pageSize=1");
            Assert.Equal(200, status);
        }
    }

    [Fact]
    public async Task Territories_are_searched_by_name_without_accents()
    {
        var territories = await client.GetJsonAsync("/api/reference/territories?q=amiens");

        Assert.Contains(territories.EnumerateArray(), t => t.GetProperty("value").GetString() == "com:80021");
    }

    [Fact]
    public async Task Territories_without_a_search_list_regions_and_departements()
    {
        var territories = await client.GetJsonAsync("/api/reference/territories");

        var values = territories.Values("value").ToList();
        Assert.Contains("reg:32", values);
        Assert.Contains("dep:80", values);
        Assert.Contains("dep:2A", values);
    }

    [Fact]
    public async Task Statuses_are_labelled_in_French()
    {
        var statuses = await client.GetJsonAsync("/api/reference/statuses");

        Assert.Equal(["À venir", "Ouvert", "Clôture proche", "Clos"], statuses.Values("label"));
    }

    [Fact]
    public async Task An_unknown_reference_list_is_a_404_problem()
    {
        var (status, contentType, _) = await client.GetRawAsync("/api/reference/planets");

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
    }
}
