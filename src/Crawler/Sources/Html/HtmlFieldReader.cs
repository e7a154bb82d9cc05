using AngleSharp.Dom;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources.Html;

/// <summary>Applies a <see cref="FieldMap"/>'s CSS selectors to one element (a listing entry or a detail page).</summary>
public static class HtmlFieldReader
{
    private static readonly HashSet<string> HtmlFields = new([nameof(FieldMap.Summary), nameof(FieldMap.Description)], StringComparer.Ordinal);
    private static readonly HashSet<string> LinkFields = new([nameof(FieldMap.Link), nameof(FieldMap.ApplicationLink)], StringComparer.Ordinal);

    public static ItemFields Read(IElement scope, FieldMap map, Uri baseUrl)
    {
        var fields = new ItemFields();
        foreach (var (name, selectorText) in map.MappedFields())
        {
            var selector = HtmlSelector.Parse(selectorText);
            var element = selector.Css is null ? scope : scope.QuerySelector(selector.Css);
            if (element is null)
            {
                continue;
            }

            if (LinkFields.Contains(name))
            {
                fields[name] = ResolveLink(element.GetAttribute(selector.Attribute ?? "href"), baseUrl)?.AbsoluteUri;
            }
            else if (selector.Attribute is { } attribute)
            {
                fields[name] = element.GetAttribute(attribute)?.Trim();
            }
            else if (HtmlFields.Contains(name))
            {
                fields[name] = element.InnerHtml.Trim();
            }
            else
            {
                fields[name] = HtmlText.Visible(element);
            }
        }

        return fields;
    }

    /// <summary>An absolute, tracking-free link, or null for a missing, "#" or "javascript:" one.</summary>
    public static Uri? ResolveLink(string? href, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#')
            || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(baseUrl, href.Trim(), out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return UrlCleaner.Clean(url);
    }

    /// <summary>The page's own URL, or its &lt;base href&gt; when it declares one.</summary>
    public static Uri BaseOf(IDocument document, Uri pageUrl) =>
        document.QuerySelector("base[href]")?.GetAttribute("href") is { } href && Uri.TryCreate(pageUrl, href, out var declared)
            ? declared
            : pageUrl;
}
