using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources.Html;

/// <summary>
/// Reads HTML listing pages: one entry per <see cref="FieldMap.Item"/>, paging by next link or URL
/// pattern, optionally each entry's own page. Paging stops at the page limit, at a page without
/// entries, and at a page already seen (same URL, or the same entries under another URL).
/// </summary>
public sealed class HtmlListingConnector(SourcePageLoader loader, DetailPageReader detailReader) : ISourceConnector
{
    private static readonly HtmlParser Parser = new();

    public SourceKind Kind => SourceKind.HtmlListing;

    public async IAsyncEnumerable<RawCall> ReadAsync(
        SourceDefinition definition, SourceRunDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in definition.EntryUrls)
        {
            var paging = new ListingPaging(definition.Paging, entry);
            while (paging.Next is { } url && paging.TryVisit(url, diagnostics))
            {
                var page = await loader.LoadAsync(definition, url, "text/html", diagnostics, cancellationToken).ConfigureAwait(false);
                if (page is null)
                {
                    break;
                }

                using var document = Parser.ParseDocument(page.Text);
                var baseUrl = HtmlFieldReader.BaseOf(document, page.Url);
                var items = definition.Fields.ItemMode == ItemMode.HeadingSections
                    ? HeadingSections.Cut(document, definition.Fields.Item!)
                    : document.QuerySelectorAll(definition.Fields.Item!).ToList();
                diagnostics.ListingRead(page, items.Count);
                var fingerprint = string.Join('\n', items.Select(item => item.TextContent.Trim()));
                if (!paging.Accept(items.Count, fingerprint, diagnostics))
                {
                    break;
                }

                foreach (var item in items)
                {
                    var call = await ReadItemAsync(definition, item, page, baseUrl, diagnostics, cancellationToken).ConfigureAwait(false);
                    if (call is not null)
                    {
                        yield return call;
                    }
                }

                paging.Advance(NextLink(definition.Paging, document, baseUrl), diagnostics);
            }
        }
    }

    private async Task<RawCall?> ReadItemAsync(
        SourceDefinition definition, IElement item, LoadedPage page, Uri baseUrl, SourceRunDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var fields = HtmlFieldReader.Read(item, definition.Fields, baseUrl);
        var link = fields[nameof(FieldMap.Link)] is { } href ? new Uri(href) : null;
        var pageText = HtmlText.Visible(item);
        var pageDate = page.Date;
        var payload = item.OuterHtml;
        if (definition.Detail is { } detail && link is not null)
        {
            var detailPage = await detailReader.ReadAsync(definition, detail, link, diagnostics, cancellationToken).ConfigureAwait(false);
            if (detailPage is not null)
            {
                fields = fields.OverlaidWith(detailPage.Fields);
                pageText = detailPage.VisibleText ?? pageText;
                pageDate = detailPage.Date;
                payload = $"{payload}\n<!-- page de détail : {detailPage.Url} -->\n{detailPage.ContentHtml}";
            }
        }

        diagnostics.ItemFound(fields.MissingOf(definition.Fields, definition.Detail?.Fields));
        var title = fields[nameof(FieldMap.Title)];
        if (title is null)
        {
            diagnostics.Error($"{page.Url} : un élément sans titre a été ignoré.");
            return null;
        }

        var url = link ?? page.Url;
        var externalId = fields[nameof(FieldMap.Id)] ?? (link?.AbsoluteUri ?? $"{page.Url.AbsoluteUri}#{title}");
        return fields.ToRawCall(definition, url, externalId, title) with
        {
            PageText = pageText,
            PageDate = pageDate,
            RawPayload = payload,
        };
    }

    private static Uri? NextLink(PagingRule paging, IDocument document, Uri baseUrl) =>
        paging.Mode == PagingMode.NextLink
            ? HtmlFieldReader.ResolveLink(document.QuerySelector(paging.NextSelector!)?.GetAttribute("href"), baseUrl)
            : null;
}
