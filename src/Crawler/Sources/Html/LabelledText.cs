using System.Text;
using AngleSharp.Dom;

namespace Plateforme.Crawler.Sources.Html;

/// <summary>A value found next to a label: its visible text, its HTML, and the first link in it.</summary>
public sealed record LabelledText(string Text, string Html, string? Href)
{
    public static LabelledText Of(string text) => new(text, System.Net.WebUtility.HtmlEncode(text), null);

    /// <summary>The nodes' text (a leading colon dropped), or null when they show nothing.</summary>
    public static LabelledText? Of(IReadOnlyList<INode> nodes)
    {
        var text = string.Join('\n', nodes.Select(HtmlText.Visible).OfType<string>()).Trim().TrimStart(':', '\u00A0', ' ', '–', '-').Trim();
        if (text.Length == 0) return null;
        var html = new StringBuilder();
        foreach (var node in nodes)
        {
            html.Append(node is IElement element ? element.OuterHtml : System.Net.WebUtility.HtmlEncode(node.TextContent));
        }

        var href = nodes.OfType<IElement>()
            .Select(element => element.LocalName == "a" ? element : element.QuerySelector("a[href]"))
            .FirstOrDefault(link => link?.GetAttribute("href") is not null)?.GetAttribute("href");
        return new LabelledText(text, html.ToString().Trim(), href);
    }
}
