using System.Net;
using Ganss.Xss;

namespace Plateforme.Search.Moderation;

/// <summary>
/// A funder's description as stored: HTML kept to a small safe set of tags; plain text (no tag at all) becomes
/// paragraphs at its blank lines and line breaks within them, so a form without an editor still reads well.
/// </summary>
public static class DescriptionSanitizer
{
    private static readonly string[] Tags = ["p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote"];

    public static string? Sanitize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var html = input.Contains('<', StringComparison.Ordinal) ? input : Paragraphs(input);
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        });
        var clean = sanitizer.Sanitize(html).Trim();
        return Indexing.CallDocumentBuilder.PlainText(clean) is null ? null : clean;
    }

    private static string Paragraphs(string text) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"));
}
