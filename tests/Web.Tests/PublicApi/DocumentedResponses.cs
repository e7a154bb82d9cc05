using System.Text.Json.Nodes;
using Json.Schema;

namespace Plateforme.Web.Tests.PublicApi;

/// <summary>
/// Checks an answer of the running app against what its OpenAPI document promises for that operation and status:
/// the media type is documented and the body validates against the schema (JSON Schema 2020-12, as OpenAPI 3.1 says).
/// </summary>
internal static class DocumentedResponses
{
    public static async Task AssertMatchesAsync(HttpClient client, string documentPath, string operationPath, HttpResponseMessage response)
    {
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri(documentPath, UriKind.Relative)))!;
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var operation = document["paths"]?[operationPath]?["get"];
        Assert.True(operation is not null, $"{operationPath} is not in {documentPath}");
        var documented = operation!["responses"]?[status];
        Assert.True(documented is not null, $"{operationPath} answered {status}, which {documentPath} does not document");

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var schemaNode = documented!["content"]?[mediaType]?["schema"];
        Assert.True(schemaNode is not null, $"{operationPath} answered {status} as {mediaType}, not documented for it");
        foreach (var header in (documented["headers"] as JsonObject ?? []).Select(h => h.Key))
        {
            Assert.True(response.Headers.Contains(header), $"{operationPath} {status}: the documented header {header} is missing");
        }

        // One self-contained schema: the component schemas as $defs, the response's schema as the root.
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = document["components"]?["schemas"]?.DeepClone() ?? new JsonObject(),
            ["allOf"] = new JsonArray(schemaNode!.DeepClone()),
        };
        var schema = JsonSchema.FromText(root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal));
        var body = await response.Content.ReadAsStringAsync();
        var result = schema.Evaluate(JsonNode.Parse(body), new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, $"{operationPath} {status} does not match its schema:\n{string.Join('\n', errors.Take(20))}\n{body[..Math.Min(body.Length, 500)]}");
    }
}
