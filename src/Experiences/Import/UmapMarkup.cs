using System.Text.RegularExpressions;

namespace Plateforme.Experiences.Import;

/// <summary>
/// uMap's Markdown-like description syntax read into plain text and links: « **gras** », « *italique* »,
/// « # titre », « [[https://…|libellé]] », « [[https://…]] », « {{https://image}} », « {{{https://iframe}}} ».
/// </summary>
public static partial class UmapMarkup
{
    public static (string Text, IReadOnlyList<string> Links) Read(string? description)
    {
        if (string.IsNullOrWhiteSpace(description)) return ("", []);
        var links = new List<string>();
        var text = Embeds().Replace(description, "");
        text = Links().Replace(text, match =>
        {
            var address = match.Groups["url"].Value.Trim();
            var label = match.Groups["label"].Success ? match.Groups["label"].Value.Trim() : "";
            if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                links.Add(label.Length > 0 ? $"{label} | {address}" : address);
            return label;
        });
        text = Emphasis().Replace(text, "${inner}");
        text = Headings().Replace(text, "");
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l != "---");
        return (string.Join("\n", lines), links);
    }

    [GeneratedRegex(@"\{\{\{?[^}]*\}?\}\}")]
    private static partial Regex Embeds();

    [GeneratedRegex(@"\[\[(?<url>[^|\]]+)(\|(?<label>[^\]]*))?\]\]")]
    private static partial Regex Links();

    [GeneratedRegex(@"\*\*?(?<inner>[^*]+)\*\*?")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^#+\s*", RegexOptions.Multiline)]
    private static partial Regex Headings();
}
