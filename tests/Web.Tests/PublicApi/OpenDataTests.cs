using System.Net;
using System.Text;
using System.Text.Json;

namespace Plateforme.Web.Tests.PublicApi;

/// <summary>The open dataset parses (JSON, CSV, DCAT), matches the search API's totals and credits each call's source.</summary>
[Collection(AppCollection.Name)]
public sealed class OpenDataTests(PlateformeApp app)
{
    private const string EveryStatus = "/api/calls?status=a-venir&status=ouvert&status=cloture-proche&status=clos&pageSize=1";
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_JSON_dataset_lists_every_published_call_with_its_licence()
    {
        var total = (await client.GetJsonAsync(EveryStatus)).GetProperty("total").GetInt32();

        var dataset = await client.GetJsonAsync("/donnees/appels-a-projets.json");

        var calls = dataset.GetProperty("calls").EnumerateArray().ToList();
        Assert.Equal(total, calls.Count);
        Assert.Equal(total, dataset.GetProperty("count").GetInt32());
        Assert.Equal(calls.Count, calls.Select(c => c.GetProperty("id").GetGuid()).Distinct().Count());
        Assert.All(calls, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("licence").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("attribution").GetString()));
            Assert.StartsWith(client.BaseAddress!.ToString().TrimEnd('/') + "/appels/", c.GetProperty("pageUrl").GetString(), StringComparison.Ordinal);
        });
        // The « ouvert » filter includes the calls closing soon, as the search page counts them.
        var open = (await client.GetJsonAsync("/api/calls?status=ouvert&pageSize=1")).GetProperty("total").GetInt32();
        Assert.Equal(open, calls.Count(c => c.GetProperty("status").GetString() is "ouvert" or "cloture-proche"));
    }

    [Fact]
    public async Task The_CSV_dataset_has_one_row_per_call_and_the_same_calls_as_the_JSON()
    {
        var json = await client.GetJsonAsync("/donnees/appels-a-projets.json");
        using var response = await client.GetAsync(new Uri("/donnees/appels-a-projets.csv", UriKind.Relative));
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        var rows = ParseCsv(text);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var header = rows[0];
        Assert.Equal("id", header[0]);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        var ids = rows.Skip(1).Select(r => Guid.Parse(r[0])).ToHashSet();
        Assert.Equal(json.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToHashSet(), ids);
        var licence = header.IndexOf("licence");
        Assert.All(rows.Skip(1), r => Assert.False(string.IsNullOrWhiteSpace(r[licence])));
    }

    [Fact]
    public async Task The_DCAT_catalogue_describes_both_files_which_download_at_their_stated_size()
    {
        var catalogue = await client.GetJsonAsync("/donnees/catalogue.jsonld");

        var dataset = catalogue.GetProperty("dcat:dataset")[0];
        Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
        Assert.Contains("etalab", dataset.GetProperty("dct:license").GetString(), StringComparison.Ordinal);
        var distributions = dataset.GetProperty("dcat:distribution").EnumerateArray().ToList();
        Assert.Equal(["application/json", "text/csv"], distributions.Select(d => d.GetProperty("dcat:mediaType").GetString()));
        foreach (var distribution in distributions)
        {
            var url = new Uri(distribution.GetProperty("dcat:downloadURL").GetString()!);
            var bytes = await client.GetByteArrayAsync(new Uri(url.PathAndQuery, UriKind.Relative));
            Assert.Equal(distribution.GetProperty("dcat:byteSize").GetInt64(), bytes.Length);
        }
        Assert.EndsWith("/openapi/v1.json", catalogue.GetProperty("dcat:service")[0].GetProperty("dcat:endpointDescription").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_holding_the_days_file_gets_a_304()
    {
        using var first = await client.GetAsync(new Uri("/donnees/appels-a-projets.csv", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/donnees/appels-a-projets.csv", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task The_API_page_links_the_document_and_the_files_and_every_page_links_the_API_page()
    {
        var page = await client.GetStringAsync(new Uri("/api-et-donnees", UriKind.Relative));
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("href=\"/openapi/v1.json\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/donnees/appels-a-projets.json\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/donnees/appels-a-projets.csv\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/donnees/catalogue.jsonld\"", page, StringComparison.Ordinal);
        Assert.Contains(client.BaseAddress!.ToString().TrimEnd('/') + "/api/calls?q=insertion", page, StringComparison.Ordinal);
        Assert.Contains("&lt;iframe", page, StringComparison.Ordinal);
        Assert.Contains(client.BaseAddress!.ToString().TrimEnd('/') + "/embed?territory=dep:80", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/api-et-donnees\" data-testid=\"footer-api-and-data\"", home, StringComparison.Ordinal);
    }

    /// <summary>RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
