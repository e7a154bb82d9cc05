using System.Text.RegularExpressions;
using Ganss.Xss;

namespace Plateforme.Search.Moderation;

/// <summary>
/// A funder's description as stored: HTML kept to a small safe set of tags; plain text (no tag at all) becomes
/// paragraphs at its blank lines and line breaks within them, so a form without an editor still reads well.
/// Text without any block tag counts as plain text, even with inline tags in it.
/// </summary>
public static partial class DescriptionSanitizer
{
    private static readonly string[] Tags = ["p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote"];

    public static string? Sanitize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var html = BlockTag().IsMatch(input) ? input : Paragraphs(input);
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

    // Inline tags (<strong>, <a>) may sit inside the paragraphs; the sanitiser then keeps or drops each tag.
    private static string Paragraphs(string text) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + p.Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"));

    [GeneratedRegex(@"<\s*(p|ul|ol|h2|h3|h4|blockquote|div)[\s>]", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BlockTag();
}
