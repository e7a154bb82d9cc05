using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

/// <summary>Definitions for connector tests, on the made-up public site https://aap.exemple.fr.</summary>
internal static class TestDefinitions
{
    public const string Root = "https://aap.exemple.fr";

    public static SourceDefinition Of(SourceKind kind, string entryPath) => new()
    {
        FormatVersion = 1,
        Id = "test",
        Name = "Test",
        Funder = new FunderOrganisation("Exemple", "exemple"),
        Kind = kind,
        EntryUrls = [new Uri(Root + entryPath)],
        Schedule = "0 0 5 * * ?",
        Licence = "test",
    };

    public static SourceDefinition Html(string entryPath, PagingRule? paging = null) => Of(SourceKind.HtmlListing, entryPath) with
    {
        Paging = paging ?? new PagingRule(),
        Fields = new FieldMap { Item = "li", Title = "a", Link = "a" },
    };

    public static string ListPage(string nextHref, params string[] items) =>
        $"""
        <html><body><ul>{string.Concat(items.Select(i => $"<li><a href=\"/aap/{i}\">{i}</a></li>"))}</ul>
        {(nextHref.Length > 0 ? $"<a class=\"next\" href=\"{nextHref}\">Suivant</a>" : "")}</body></html>
        """;
}
