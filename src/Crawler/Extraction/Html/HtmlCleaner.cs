using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Plateforme.Crawler.Extraction.Identity;

namespace Plateforme.Crawler.Extraction.Html;

/// <summary>
/// Makes a description taken from a source safe to store and show: only simple tags and link attributes stay
/// (scripts, iframes, forms, styles and event handlers go, with their content when it is code), links become
/// absolute against the page URL and lose their tracking parameters. One instance can serve every thread.
/// </summary>
public sealed class HtmlCleaner
{
    public const int DefaultSummaryLength = 280;

    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "u", "a", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd",
    };

    /// <summary>Elements whose content is code or a widget, never text worth keeping.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "noscript", "template", "svg", "math",
        "form", "select", "textarea", "button", "input", "video", "audio", "canvas", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "tr", "blockquote", "dt", "dd", "section", "article",
    };

    private readonly HtmlSanitizer sanitizer;

    public HtmlCleaner()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = AllowedTags,
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "colspan", "rowspan" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        })
        {
            KeepChildNodes = true,
        };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.LocalName)) e.Tag.InnerHtml = "";
        };
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
            {
                e.SanitizedUrl = UrlCanonicalizer.RemoveTrackingParameters(absolute).AbsoluteUri;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Links leave the platform: no referrer, no access to the opener.
            if (e.Node is IElement { LocalName: "a" } link && link.HasAttribute("href")) link.SetAttribute("rel", "nofollow noopener noreferrer");
        };
    }

    /// <summary>Sanitised HTML with links made absolute against <paramref name="pageUrl"/>; empty for empty input.</summary>
    public string Sanitize(string? html, Uri? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        return sanitizer.Sanitize(html, pageUrl?.AbsoluteUri ?? "").Trim();
    }

    /// <summary>Sanitised HTML, its text and a summary cut at a word boundary.</summary>
    public CleanedHtml Clean(string? html, Uri? pageUrl, int summaryLength = DefaultSummaryLength)
    {
        var safe = Sanitize(html, pageUrl);
        if (safe.Length == 0) return CleanedHtml.Empty;
        var text = ToPlainText(safe);
        return new CleanedHtml(safe, text, Summarize(text, summaryLength));
    }

    /// <summary>The visible text of an HTML fragment, blocks on their own lines, spaces collapsed; scripts and styles dropped.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var builder = new StringBuilder(html.Length);
        AppendText(document.Body!, builder);
        var lines = builder.ToString().Split('\n').Select(FrenchText.CollapseWhiteSpace).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>The first sentences of <paramref name="text"/> up to <paramref name="maxLength"/>, cut at a word, with "…" when cut.</summary>
    public static string Summarize(string? text, int maxLength = DefaultSummaryLength)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var flat = FrenchText.CollapseWhiteSpace(text);
        if (flat.Length <= maxLength) return flat;
        var cut = flat.LastIndexOf(' ', Math.Max(0, maxLength - 1));
        var end = cut > maxLength / 2 ? cut : maxLength - 1;
        // Never between the two halves of an emoji: a lone surrogate cannot be stored or indexed.
        if (end > 0 && char.IsHighSurrogate(flat[end - 1])) end--;
        var head = flat[..end].TrimEnd(',', ';', ':', ' ', '-', '(');
        return head + "…";
    }

    private static void AppendText(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
                continue;
            }
            if (child is not IElement element || DroppedWithContent.Contains(element.LocalName)) continue;
            var block = BlockTags.Contains(element.LocalName);
            if (block) builder.Append('\n');
            AppendText(element, builder);
            if (block) builder.Append('\n');
            else if (element.LocalName is "td" or "th") builder.Append(' ');
        }
    }
}
