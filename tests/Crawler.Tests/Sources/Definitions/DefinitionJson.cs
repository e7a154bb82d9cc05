namespace Plateforme.Crawler.Tests.Sources.Definitions;

/// <summary>A valid HTML listing definition as JSON text, with one property replaced or removed for each test.</summary>
internal static class DefinitionJson
{
    public const string ValidHtml = """
        {
          "formatVersion": 1,
          "id": "exemple",
          "name": "Exemple",
          "funder": { "name": "Ville d'Exemple", "slug": "ville-exemple" },
          "kind": "HtmlListing",
          "entryUrls": ["https://www.exemple.fr/aap"],
          "paging": { "mode": "NextLink", "nextSelector": "a[rel=next]" },
          "fields": { "item": "li.aap", "title": "h3", "link": "h3 a", "deadline": "time@datetime" },
          "schedule": "0 30 5 * * ?",
          "licence": "© Ville d'Exemple",
          "defaultTerritory": "com:80021",
          "defaultBeneficiaries": ["association"]
        }
        """;

    public static string With(string property, string jsonValue) =>
        System.Text.RegularExpressions.Regex.Replace(ValidHtml, $"\"{property}\": [^\\n]*\\n", $"\"{property}\": {jsonValue},\n");

    public static string Without(string property) =>
        System.Text.RegularExpressions.Regex.Replace(ValidHtml, $"  \"{property}\": [^\\n]*\\n", "");
}
