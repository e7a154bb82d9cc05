using System.Text.Json;

namespace Plateforme.Web.Tests.PublicApi;

/// <summary>Every public endpoint's answers, problems included, validate against the schemas of /openapi/v1.json.</summary>
[Collection(AppCollection.Name)]
public sealed class ResponseSchemaTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("/api/calls?q=insertion%20jeunes&pageSize=3", "/api/calls")]
    [InlineData("/api/calls?territory=dep:80&beneficiary=association&status=ouvert&sort=deadline", "/api/calls")]
    [InlineData("/api/calls?public=jeunes&unstated=exclude&amountMin=1000.50", "/api/calls")]
    [InlineData("/api/calls?pageSize=0&sort=x&deadlineFrom=hier", "/api/calls")]
    [InlineData("/api/calls/suggest?prefix=sub", "/api/calls/suggest")]
    [InlineData("/api/calls/suggest", "/api/calls/suggest")]
    [InlineData("/api/calls/aucun-appel-de-ce-nom", "/api/calls/{id}")]
    [InlineData("/api/reference/territories?q=amiens", "/api/reference/{list}")]
    [InlineData("/api/reference/liste-inconnue", "/api/reference/{list}")]
    [InlineData("/api/experiences?q=commerce", "/api/experiences")]
    [InlineData("/api/experiences?theme=tiers-lieux&territory=reg:32&page=1", "/api/experiences")]
    [InlineData("/api/experiences?theme=inconnu&page=0", "/api/experiences")]
    [InlineData("/api/experiences/aucune-fiche-de-ce-nom", "/api/experiences/{slug}")]
    public async Task The_answer_matches_its_documented_schema(string url, string operation)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        await DocumentedResponses.AssertMatchesAsync(client, "/openapi/v1.json", operation, response);
    }

    [Fact]
    public async Task A_call_in_full_matches_its_documented_schema()
    {
        var list = await client.GetJsonAsync("/api/calls?q=association&pageSize=5");
        foreach (var hit in list.GetProperty("hits").EnumerateArray())
        {
            using var response = await client.GetAsync(new Uri("/api/calls/" + hit.GetProperty("slug").GetString(), UriKind.Relative));
            await DocumentedResponses.AssertMatchesAsync(client, "/openapi/v1.json", "/api/calls/{id}", response);
        }
    }

    [Fact]
    public async Task An_experience_sheet_in_full_matches_its_documented_schema()
    {
        var list = await client.GetJsonAsync("/api/experiences?q=quartier");
        Assert.NotEmpty(list.GetProperty("items").EnumerateArray());
        foreach (var item in list.GetProperty("items").EnumerateArray().Take(5))
        {
            using var response = await client.GetAsync(new Uri("/api/experiences/" + item.GetProperty("slug").GetString(), UriKind.Relative));
            await DocumentedResponses.AssertMatchesAsync(client, "/openapi/v1.json", "/api/experiences/{slug}", response);
        }
    }

    [Fact]
    public async Task The_experience_search_documents_each_filter_with_its_values()
    {
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var parameters = document.GetProperty("paths").GetProperty("/api/experiences").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, StringComparer.Ordinal);

        Assert.Equal(["carrier", "innovation", "page", "q", "territory", "theme"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("tiers-lieux", parameters["theme"].GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("integer", parameters["page"].GetProperty("schema").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Every_reference_list_the_document_names_answers_its_schema()
    {
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var list = document.GetProperty("paths").GetProperty("/api/reference/{list}").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "list");
        var names = list.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Contains("themes", names);
        foreach (var name in names)
        {
            using var response = await client.GetAsync(new Uri("/api/reference/" + name, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            await DocumentedResponses.AssertMatchesAsync(client, "/openapi/v1.json", "/api/reference/{list}", response);
        }
    }

    [Fact]
    public async Task The_search_parameters_are_documented_with_their_types_and_values()
    {
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var parameters = document.GetProperty("paths").GetProperty("/api/calls").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);

        foreach (var name in new[] { "q", "territory", "beneficiary", "theme", "aidType", "funder", "status", "recurrence", "public", "destination", "programme", "deadlineFrom", "deadlineTo", "amountMin", "amountMax", "sort", "page", "pageSize", "unstated" })
        {
            Assert.True(parameters.ContainsKey(name), $"GET /api/calls does not document {name}");
        }
        Assert.Contains("/api/reference/themes", parameters["theme"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("integer", parameters["pageSize"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(100, parameters["pageSize"].GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Equal(["a-venir", "ouvert", "cloture-proche", "clos"],
            parameters["status"].GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("date", parameters["deadlineFrom"].GetProperty("schema").GetProperty("format").GetString());
        // No schema of the document admits a number written as a string.
        Assert.DoesNotContain("\"integer\",\"string\"", JsonSerializer.Serialize(document), StringComparison.Ordinal);
        Assert.DoesNotContain("\"null\",\"integer\",\"string\"", JsonSerializer.Serialize(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_document_leaves_out_account_and_admin_routes_which_the_admin_document_has()
    {
        var publicPaths = (await client.GetJsonAsync("/openapi/v1.json")).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var admin = await client.GetJsonAsync("/openapi/admin.json");
        var adminPaths = admin.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.All(publicPaths, p => Assert.StartsWith("/api/", p, StringComparison.Ordinal));
        Assert.DoesNotContain(publicPaths, p => p.StartsWith("/api/admin", StringComparison.Ordinal) || p.StartsWith("/compte", StringComparison.Ordinal));
        Assert.Contains("/api/admin/sources", adminPaths);
        Assert.DoesNotContain(adminPaths, p => p.StartsWith("/compte", StringComparison.Ordinal));
        Assert.True(admin.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Any());
        Assert.True(admin.GetProperty("paths").GetProperty("/api/admin/sources").GetProperty("get").GetProperty("responses").TryGetProperty("401", out _));
    }

    [Fact]
    public async Task The_snippet_is_described_as_HTML_with_mark()
    {
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var snippet = document.GetProperty("components").GetProperty("schemas").GetProperty("CallSummaryResponse").GetProperty("properties").GetProperty("snippet");

        Assert.Equal("text/html", snippet.GetProperty("contentMediaType").GetString());
        Assert.Contains("<mark>", snippet.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
