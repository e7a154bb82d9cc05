using System.Runtime.CompilerServices;
using AngleSharp.Html.Parser;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Sources.Html;
using Plateforme.Search.Indexing;

namespace Plateforme.Crawler.Sources.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom feeds; when the definition has <see cref="SourceDefinition.Detail"/>,
/// each item's page is opened, since feeds usually carry a title and a teaser only.
/// </summary>
public sealed class FeedConnector(SourcePageLoader loader, DetailPageReader detailReader) : ISourceConnector
{
    private static readonly HtmlParser Parser = new();

    public SourceKind Kind => SourceKind.Feed;

    public async IAsyncEnumerable<RawCall> ReadAsync(
        SourceDefinition definition, SourceRunDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in definition.EntryUrls)
        {
            var page = await loader.LoadAsync(definition, entry, "application/rss+xml, application/atom+xml, application/xml;q=0.9", diagnostics, cancellationToken)
                .ConfigureAwait(false);
            if (page is null)
            {
                continue;
            }

            var items = FeedParser.Parse(page.Text, page.Url);
            if (items is null)
            {
                diagnostics.Error($"{page.Url} : ce n'est pas un flux RSS ou Atom lisible.");
                continue;
            }

            foreach (var item in items)
            {
                var call = await ReadItemAsync(definition, item, page, diagnostics, cancellationToken).ConfigureAwait(false);
                if (call is not null)
                {
                    yield return call;
                }
            }
        }
    }

    private async Task<RawCall?> ReadItemAsync(
        SourceDefinition definition, FeedEntry item, LoadedPage feed, SourceRunDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var fields = new ItemFields
        {
            [nameof(FieldMap.Title)] = item.Title,
            [nameof(FieldMap.Summary)] = item.SummaryHtml,
            [nameof(FieldMap.Themes)] = item.Categories.Count > 0 ? string.Join(", ", item.Categories) : null,
        };
        fields = fields.OverlaidWith(FeedFieldReader.Read(item, definition.Fields, feed.Url));
        var link = fields[nameof(FieldMap.Link)] is { } mapped && definition.Fields.Link is not null ? new Uri(mapped) : item.Link;
        var pageDate = item.Published is { } published
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(published, ParisTime.Zone).DateTime)
            : feed.Date;
        string? pageText = null;
        if (item.SummaryHtml is { } summary)
        {
            using var fragment = Parser.ParseDocument(summary);
            pageText = HtmlText.Visible(fragment.Body);
        }

        var payload = item.RawXml;
        if (definition.Detail is { } detail && link is not null)
        {
            var detailPage = await detailReader.ReadAsync(definition, detail, link, diagnostics, cancellationToken).ConfigureAwait(false);
            if (detailPage is not null)
            {
                fields = fields.OverlaidWith(detailPage.Fields);
                pageText = detailPage.VisibleText ?? pageText;
                payload = $"{payload}\n<!-- page de détail : {detailPage.Url} -->\n{detailPage.ContentHtml}";
            }
        }

        diagnostics.ItemFound(fields.MissingOf(definition.Fields, definition.Detail?.Fields));
        if (fields[nameof(FieldMap.Title)] is not { } title || link is null)
        {
            diagnostics.Error($"{feed.Url} : un élément sans titre ou sans lien a été ignoré.");
            return null;
        }

        return fields.ToRawCall(definition, link, fields[nameof(FieldMap.Id)] ?? item.Id ?? link.AbsoluteUri, title) with
        {
            PageText = pageText,
            PageDate = pageDate,
            RawPayload = payload,
        };
    }
}
