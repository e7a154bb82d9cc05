using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Plateforme.Web.Calls.Display;

/// <summary>
/// Renders the index's snippet ("escaped text with &lt;mark&gt;…&lt;/mark&gt;") as markup, keeping the marks
/// and re-escaping everything else, so a snippet can never carry any other tag.
/// </summary>
public static class SnippetMarkup
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    public static MarkupString Render(string? snippet)
    {
        if (string.IsNullOrEmpty(snippet)) return new MarkupString("");
        var html = new StringBuilder(snippet.Length + 16);
        var open = false;
        var at = 0;
        while (at < snippet.Length)
        {
            var next = snippet.IndexOf('<', at);
            if (next < 0) next = snippet.Length;
            AppendText(html, snippet.AsSpan(at, next - at));
            at = next;
            if (at >= snippet.Length) break;
            if (!open && string.CompareOrdinal(snippet, at, Open, 0, Open.Length) == 0)
            {
                html.Append(Open);
                open = true;
                at += Open.Length;
            }
            else if (open && string.CompareOrdinal(snippet, at, Close, 0, Close.Length) == 0)
            {
                html.Append(Close);
                open = false;
                at += Close.Length;
            }
            else
            {
                html.Append("&lt;");
                at++;
            }
        }
        if (open) html.Append(Close);
        return new MarkupString(html.ToString());
    }

    private static void AppendText(StringBuilder html, ReadOnlySpan<char> escaped) =>
        // Decode then encode: entities from the index stay entities, and a stray '>' or '"' is escaped too.
        html.Append(WebUtility.HtmlEncode(WebUtility.HtmlDecode(escaped.ToString())));
}
