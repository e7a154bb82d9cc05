using System.Text;
using System.Text.RegularExpressions;

namespace Plateforme.Web.Lending.Campaigns;

/// <summary>
/// A story typed as plain text in the form's text area arrives as one run of text with line breaks, which HTML
/// flattens into one paragraph. When the sanitised story has no block of its own, its blank lines become
/// paragraphs and its single line breaks <c>&lt;br&gt;</c>. The text is already sanitised (escaped where needed),
/// so only tags are added.
/// </summary>
public static partial class StoryParagraphs
{
    public static string ToHtml(string sanitised)
    {
        ArgumentNullException.ThrowIfNull(sanitised);
        if (BlockTag().IsMatch(sanitised)) return sanitised;
        var text = sanitised.Replace("\r\n", "\n", StringComparison.Ordinal);
        var html = new StringBuilder();
        foreach (var paragraph in BlankLines().Split(text))
        {
            var trimmed = paragraph.Trim();
            if (trimmed.Length == 0) continue;
            html.Append("<p>").Append(trimmed.Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }
        return html.ToString();
    }

    [GeneratedRegex(@"<(p|ul|ol|h2|h3|h4|blockquote)\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\n\s*\n", RegexOptions.None, 1000)]
    private static partial Regex BlankLines();
}
