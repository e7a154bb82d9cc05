using System.Net.Http.Json;
using System.Text.Json;

namespace Plateforme.Web.Tests;

/// <summary>Reads API answers as JSON documents, as any client would, without sharing the server's types.</summary>
public static class ApiClient
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<(int Status, string? ContentType, JsonElement? Body)> GetRawAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        JsonElement? body = null;
        if (text.Length > 0 && (text[0] == '{' || text[0] == '['))
        {
            body = JsonDocument.Parse(text).RootElement.Clone();
        }
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    public static IEnumerable<string> Values(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!);

    public static int FacetCount(this JsonElement list, string facet, string value) =>
        list.GetProperty("facets").GetProperty(facet).EnumerateArray()
            .Where(f => f.GetProperty("value").GetString() == value)
            .Select(f => f.GetProperty("count").GetInt32())
            .FirstOrDefault();

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<T?> ReadAs<T>(this HttpContent content) => content.ReadFromJsonAsync<T>(Json);
}
