using System.Text;
using AngleSharp.Dom;

namespace Plateforme.Crawler.Sources.Html;

/// <summary>What a reader sees of an element: no scripts or styles, one line per block, spaces collapsed.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Hidden = new(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Blocks = new(
        ["P", "DIV", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BR", "TR", "SECTION", "ARTICLE", "HEADER", "FOOTER", "DT", "DD", "DL", "TABLE", "BLOCKQUOTE", "MAIN", "ASIDE"],
        StringComparer.OrdinalIgnoreCase);

    public static string? Visible(INode? node)
    {
        if (node is null)
        {
            return null;
        }

        var raw = new StringBuilder();
        Append(node, raw);
        var lines = raw.ToString().Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        var text = string.Join('\n', lines);
        return text.Length == 0 ? null : text;
    }

    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText textNode:
                text.Append(textNode.Data);
                return;
            case IElement element when Hidden.Contains(element.LocalName):
                return;
            case IElement element when Blocks.Contains(element.LocalName):
                text.Append('\n');
                AppendChildren(node, text);
                text.Append('\n');
                return;
            default:
                AppendChildren(node, text);
                return;
        }
    }

    private static void AppendChildren(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            Append(child, text);
        }
    }
}
