using AngleSharp.Html.Parser;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources.Html;

/// <summary>Opens an item's own page and reads the detail selectors there; shared by the listing and feed connectors.</summary>
public sealed class DetailPageReader(SourcePageLoader loader)
{
    private static readonly HtmlParser Parser = new();

    public async Task<DetailPage?> ReadAsync(
        SourceDefinition definition, DetailFollow detail, Uri link, SourceRunDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var page = await loader.LoadAsync(definition, link, "text/html", diagnostics, cancellationToken).ConfigureAwait(false);
        if (page is null)
        {
            return null;
        }

        using var document = Parser.ParseDocument(page.Text);
        var baseUrl = HtmlFieldReader.BaseOf(document, page.Url);
        var root = document.DocumentElement;
        var content = (detail.ContentSelector is { } selector ? document.QuerySelector(selector) : null) ?? document.Body ?? root;
        var fields = HtmlFieldReader.Read(root, detail.Fields, baseUrl);
        return new DetailPage(page.Url, fields, HtmlText.Visible(content), content.OuterHtml, page.Date);
    }
}
