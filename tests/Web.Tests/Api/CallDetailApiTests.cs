namespace Plateforme.Web.Tests.Api;

[Collection(AppCollection.Name)]
public sealed class CallDetailApiTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_call_found_in_search_opens_by_id_and_by_slug_with_its_sources()
    {
        var hit = (await client.GetJsonAsync("/api/calls?q=association&pageSize=1")).GetProperty("hits")[0];
        var id = hit.GetProperty("id").GetString();
        var slug = hit.GetProperty("slug").GetString();

        var byId = await client.GetJsonAsync($"/api/calls/{id}");
        var bySlug = await client.GetJsonAsync($"/api/calls/{slug}");

        Assert.Equal(hit.GetProperty("title").GetString(), byId.GetProperty("title").GetString());
        Assert.Equal(id, bySlug.GetProperty("id").GetString());
        Assert.True(byId.GetProperty("sources").GetArrayLength() >= 1);
        Assert.False(string.IsNullOrWhiteSpace(byId.GetProperty("descriptionHtml").GetString()));
        Assert.Equal(hit.GetProperty("status").GetProperty("value").GetString(), byId.GetProperty("status").GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("appel-qui-n-existe-pas")]
    public async Task An_unknown_call_is_a_French_404_problem(string id)
    {
        var (status, contentType, body) = await client.GetRawAsync($"/api/calls/{id}");

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal("Appel introuvable", body!.Value.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Suggestions_complete_a_prefix_without_accents()
    {
        var suggestions = await client.GetJsonAsync("/api/calls/suggest?prefix=eco");

        Assert.True(suggestions.GetArrayLength() > 0);
        Assert.Contains(suggestions.EnumerateArray(), s =>
            s.GetProperty("label").GetString()!.Contains("conomie", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Suggestions_need_a_prefix()
    {
        var (status, _, body) = await client.GetRawAsync("/api/calls/suggest");

        Assert.Equal(400, status);
        Assert.True(body!.Value.GetProperty("errors").TryGetProperty("prefix", out _));
    }
}
