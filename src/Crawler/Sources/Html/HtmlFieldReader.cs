using AngleSharp.Dom;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Sources.Fields;

namespace Plateforme.Crawler.Sources.Html;

/// <summary>Applies a <see cref="FieldMap"/>'s CSS selectors to one element (a listing entry or a detail page).</summary>
public static class HtmlFieldReader
{
    private static readonly HashSet<string> HtmlFields = new([nameof(FieldMap.Summary), nameof(FieldMap.Description)], StringComparer.Ordinal);
    private static readonly HashSet<string> LinkFields = new([nameof(FieldMap.Link), nameof(FieldMap.ApplicationLink)], StringComparer.Ordinal);

    public static ItemFields Read(IElement scope, FieldMap map, Uri baseUrl) =>
        FieldMapReader.Read(map, (name, spec) => ReadOne(scope, name, spec, baseUrl));

    /// <summary>One field spec ("strong.date", "a.btn@href", ".", "label:Date limite") on an element.</summary>
    public static string? ReadOne(IElement scope, string name, string spec, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(name);
        if (FieldLabel.IsLabel(spec))
        {
            return FieldLabel.Parse(spec) is { } label && LabelledValue.Find(scope, label, LinkFields.Contains(name)) is { } found
                ? LinkFields.Contains(name) ? ResolveLink(found.Href ?? (found.Text.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? found.Text : null), baseUrl)?.AbsoluteUri
                : HtmlFields.Contains(name) ? found.Html
                : found.Text
                : null;
        }

        var selector = HtmlSelector.Parse(spec);
        var element = selector.Css is null ? scope : scope.QuerySelector(selector.Css);
        if (element is null)
        {
            return null;
        }

        if (LinkFields.Contains(name))
        {
            return ResolveLink(element.GetAttribute(selector.Attribute ?? "href"), baseUrl)?.AbsoluteUri;
        }

        if (selector.Attribute is { } attribute)
        {
            return element.GetAttribute(attribute)?.Trim();
        }

        return HtmlFields.Contains(name) ? element.InnerHtml.Trim() : HtmlText.Visible(element);
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
