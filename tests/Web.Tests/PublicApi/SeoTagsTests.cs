using System.Text.Json;
using System.Text.RegularExpressions;

namespace Plateforme.Web.Tests.PublicApi;

/// <summary>
/// The head of the pages: one canonical and one description each, link-preview tags, and on a call page a schema.org
/// MonetaryGrant that schema.org's own TypeScript types (schema-dts) accept.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class SeoTagsTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task A_call_page_describes_its_call_as_a_MonetaryGrant_with_funder_amount_and_deadline()
    {
        var (call, html) = await CallPageWithAmountAsync();

        var grant = JsonDocument.Parse(StructuredData().Match(html).Groups[1].Value).RootElement;

        Assert.Equal("https://schema.org", grant.GetProperty("@context").GetString());
        Assert.Equal("MonetaryGrant", grant.GetProperty("@type").GetString());
        Assert.Equal(call.GetProperty("title").GetString(), grant.GetProperty("name").GetString());
        Assert.Equal(call.GetProperty("funders")[0].GetProperty("label").GetString(), grant.GetProperty("funder")[0].GetProperty("name").GetString());
        var amount = grant.GetProperty("amount");
        Assert.Equal("EUR", amount.GetProperty("currency").GetString());
        Assert.Equal(call.GetProperty("maxAmountCents").GetInt64() / 100m, amount.GetProperty("maxValue").GetDecimal());
        Assert.Equal(call.GetProperty("deadline").GetString(), amount.GetProperty("validThrough").GetString());
    }

    [Fact]
    public async Task The_MonetaryGrant_type_checks_against_the_schema_org_vocabulary()
    {
        await ClientTools.EnsureInstalledAsync();
        var (_, html) = await CallPageWithAmountAsync();
        var json = StructuredData().Match(html).Groups[1].Value;
        var folder = Directory.CreateTempSubdirectory("plateforme-jsonld-").FullName;
        try
        {
            // An object literal assigned to the type: a property schema.org does not define on it, or a wrong kind of value, fails tsc.
            await File.WriteAllTextAsync(Path.Combine(folder, "grant.ts"),
                "import type { MonetaryGrant, WithContext } from \"schema-dts\";\nexport const grant: WithContext<MonetaryGrant> = " + json + ";\n");
            var modules = Path.Combine(ClientTools.Folder, "node_modules");
            await File.WriteAllTextAsync(Path.Combine(folder, "tsconfig.json"), JsonSerializer.Serialize(new
            {
                compilerOptions = new { strict = true, noEmit = true, module = "commonjs", moduleResolution = "node", target = "ES2022", types = Array.Empty<string>(), baseUrl = ".", paths = new Dictionary<string, string[]> { ["schema-dts"] = [Path.Combine(modules, "schema-dts")] } },
                files = new[] { "grant.ts" },
            }));

            var (code, output) = await ClientTools.RunAsync(ClientTools.Bin("tsc"), ["-p", "tsconfig.json"], folder);

            Assert.True(code == 0, "schema-dts refused the call page's JSON-LD:\n" + output + "\n" + json);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_call_page_has_one_canonical_one_description_and_previews_as_an_article()
    {
        var (call, html) = await CallPageWithAmountAsync();

        Assert.Single(Canonical().Matches(html));
        Assert.Single(Description().Matches(html));
        Assert.Contains("<meta property=\"og:type\" content=\"article\"", html, StringComparison.Ordinal);
        Assert.Equal(call.GetProperty("title").GetString(), System.Net.WebUtility.HtmlDecode(OpenGraphTitle().Match(html).Groups[1].Value));
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/recherche?theme=sport&status=ouvert&page=2", "/recherche")]
    [InlineData("/prets?utm_source=lettre", "/prets")]
    [InlineData("/sources", "/sources")]
    [InlineData("/", "/")]
    public async Task Every_page_has_one_canonical_without_query_and_one_description(string url, string canonicalPath)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        var canonical = Assert.Single(Canonical().Matches(html));
        Assert.Equal(client.BaseAddress!.ToString().TrimEnd('/') + canonicalPath, canonical.Groups[1].Value);
        var description = Assert.Single(Description().Matches(html));
        Assert.False(string.IsNullOrWhiteSpace(description.Groups[1].Value));
        Assert.Contains("<meta property=\"og:url\"", html, StringComparison.Ordinal);
    }

    private async Task<(JsonElement Call, string Html)> CallPageWithAmountAsync()
    {
        var list = await client.GetJsonAsync("/api/calls?status=ouvert&amountMin=1000&sort=deadline&pageSize=20");
        var hit = list.GetProperty("hits").EnumerateArray().First(h => h.TryGetProperty("maxAmountCents", out _) && h.TryGetProperty("deadline", out _));
        var slug = hit.GetProperty("slug").GetString()!;
        return (hit, await client.GetStringAsync(new Uri("/appels/" + slug, UriKind.Relative)));
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex StructuredData();

    [GeneratedRegex("<meta property=\"og:title\" content=\"([^\"]*)\"")]
    private static partial Regex OpenGraphTitle();

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]*)\"")]
    private static partial Regex Canonical();

    [GeneratedRegex("<meta name=\"description\" content=\"([^\"]*)\"")]
    private static partial Regex Description();
}
