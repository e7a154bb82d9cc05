using System.Text.Json;
using System.Text.Json.Nodes;
using Plateforme.Accounts;

namespace Plateforme.Web.OpenData;

/// <summary>
/// The dataset described in DCAT (JSON-LD, the vocabulary data.gouv.fr and the European portals harvest): the dataset,
/// its two distributions with size and licence, and the API as a data service described by its OpenAPI document.
/// </summary>
internal static class DcatCatalogue
{
    public static byte[] Write(PublicSiteOptions site, DateTimeOffset modified, int count, long jsonBytes, long csvBytes)
    {
        string Link(string path) => site.Link(path).AbsoluteUri;
        var licence = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
        var document = new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = Link(OpenDataPaths.Catalogue),
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = "Plateforme — catalogue des données ouvertes",
            ["dct:publisher"] = new JsonObject { ["@type"] = "foaf:Organization", ["foaf:name"] = "Plateforme", ["foaf:homepage"] = Link("/") },
            ["dcat:dataset"] = new JsonArray(new JsonObject
            {
                ["@id"] = Link(OpenDataPaths.Page) + "#appels-a-projets",
                ["@type"] = "dcat:Dataset",
                ["dct:title"] = "Appels à projets publiés",
                ["dct:description"] = $"Les {count} appels à projets et aides publiés sur Plateforme : financeurs, thématiques, bénéficiaires, "
                    + "territoires, dates et montants (en centimes d'euro), avec la licence et l'attribution de chaque source. Régénéré chaque jour.",
                ["dct:language"] = "fr",
                ["dct:license"] = licence,
                ["dct:modified"] = new JsonObject { ["@value"] = modified.ToString("O", System.Globalization.CultureInfo.InvariantCulture), ["@type"] = "xsd:dateTime" },
                ["dct:accrualPeriodicity"] = "http://purl.org/cld/freq/daily",
                ["dct:spatial"] = "France",
                ["dcat:keyword"] = new JsonArray("appels à projets", "subventions", "aides publiques", "associations", "financement"),
                ["dcat:landingPage"] = Link(OpenDataPaths.Page),
                ["dcat:distribution"] = new JsonArray(
                    Distribution(Link(OpenDataPaths.Json), "Appels à projets (JSON)", "application/json", jsonBytes, licence),
                    Distribution(Link(OpenDataPaths.Csv), "Appels à projets (CSV)", "text/csv", csvBytes, licence)),
            }),
            ["dcat:service"] = new JsonArray(new JsonObject
            {
                ["@type"] = "dcat:DataService",
                ["dct:title"] = "API publique des appels à projets",
                ["dcat:endpointURL"] = Link("/api/calls"),
                ["dcat:endpointDescription"] = Link("/openapi/v1.json"),
                ["dct:license"] = licence,
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject Distribution(string url, string title, string mediaType, long bytes, string licence) => new()
    {
        ["@type"] = "dcat:Distribution",
        ["dct:title"] = title,
        ["dcat:downloadURL"] = url,
        ["dcat:accessURL"] = url,
        ["dcat:mediaType"] = mediaType,
        ["dcat:byteSize"] = bytes,
        ["dct:license"] = licence,
    };
}
