using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Sources.Fields;
using Plateforme.Crawler.Sources.Html;

namespace Plateforme.Crawler.Sources.Json;

/// <summary>
/// Reads JSON APIs: items at <see cref="FieldMap.Item"/>, fields by simple JSON paths, paging by
/// a "next" URL field or a page/offset URL pattern, with the same stops as HTML listings.
/// </summary>
public sealed class JsonApiConnector(SourcePageLoader loader) : ISourceConnector
{
    private static readonly HashSet<string> LinkFields = new([nameof(FieldMap.Link), nameof(FieldMap.ApplicationLink)], StringComparer.Ordinal);

    public SourceKind Kind => SourceKind.JsonApi;

    public async IAsyncEnumerable<RawCall> ReadAsync(
        SourceDefinition definition, SourceRunDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (item, page) in ReadItemsAsync(loader, definition, definition.Fields.Item!, diagnostics, cancellationToken).ConfigureAwait(false))
        {
            var fields = FieldMapReader.Read(definition.Fields, (_, path) => JsonPath.Text(item, path));
            foreach (var name in LinkFields)
            {
                // After the template is filled: "https://exemple.fr/aides/{id}" is one link, not a link per part.
                fields[name] = HtmlFieldReader.ResolveLink(fields[name], page.Url)?.AbsoluteUri;
            }

            diagnostics.ItemFound(fields.MissingOf(definition.Fields));
            if (fields[nameof(FieldMap.Title)] is not { } title)
            {
                diagnostics.Error($"{page.Url} : un élément sans titre a été ignoré.");
                continue;
            }

            var link = fields[nameof(FieldMap.Link)] is { } href ? new Uri(href) : null;
            yield return fields.ToRawCall(definition, link ?? page.Url, fields[nameof(FieldMap.Id)] ?? link?.AbsoluteUri ?? title, title) with
            {
                PageDate = page.Date,
                RawPayload = item.GetRawText(),
            };
        }
    }

    /// <summary>
    /// Every item of every page, paging included; shared with the aides-territoires connector.
    /// Items are cloned so they outlive their page's document.
    /// </summary>
    internal static async IAsyncEnumerable<(JsonElement Item, LoadedPage Page)> ReadItemsAsync(
        SourcePageLoader loader, SourceDefinition definition, string itemPath, SourceRunDiagnostics diagnostics,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in definition.EntryUrls)
        {
            var paging = new ListingPaging(definition.Paging, entry);
            while (paging.Next is { } url && paging.TryVisit(url, diagnostics))
            {
                var page = await loader.LoadAsync(definition, url, "application/json", diagnostics, cancellationToken).ConfigureAwait(false);
                if (page is null)
                {
                    break;
                }

                JsonElement root;
                try
                {
                    using var document = JsonDocument.Parse(page.Text);
                    root = document.RootElement.Clone();
                }
                catch (JsonException)
                {
                    diagnostics.Error($"{page.Url} : la réponse n'est pas un JSON lisible.");
                    break;
                }

                var items = JsonPath.Select(root, itemPath).ToList();
                var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', items.Select(i => i.GetRawText())))));
                if (!paging.Accept(items.Count, fingerprint, diagnostics))
                {
                    break;
                }

                foreach (var item in items)
                {
                    yield return (item, page);
                }

                var next = definition.Paging.Mode == PagingMode.NextField && JsonPath.Text(root, definition.Paging.NextField!) is { } nextText
                    ? HtmlFieldReader.ResolveLink(nextText, page.Url)
                    : null;
                paging.Advance(next, diagnostics);
            }
        }
    }
}
