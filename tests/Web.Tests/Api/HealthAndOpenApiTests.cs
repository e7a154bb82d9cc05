namespace Plateforme.Web.Tests.Api;

[Collection(AppCollection.Name)]
public sealed class HealthAndOpenApiTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Health_reports_the_database_and_the_index()
    {
        var health = await client.GetJsonAsync("/health");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("index").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_calls_api()
    {
        var document = await client.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/calls", out _) || paths.TryGetProperty("/api/calls/", out _));
        Assert.True(paths.TryGetProperty("/api/calls/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/reference/{list}", out _));
    }

    [Fact]
    public async Task The_home_page_is_served_in_French_with_live_figures()
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Matches(@"appels ouverts</a> de \d+ financeurs?<", html);
    }
}
