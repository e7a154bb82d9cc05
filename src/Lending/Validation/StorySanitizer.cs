using Ganss.Xss;

namespace Plateforme.Lending.Validation;

/// <summary>Keeps the rich text of a story to a small safe set of tags, so pages can render it as is.</summary>
internal static class StorySanitizer
{
    private static readonly string[] Tags = ["p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote"];

    public static string Sanitize(string html)
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        });
        return sanitizer.Sanitize(html).Trim();
    }

    /// <summary>Whether sanitised HTML still says something (not only tags and spaces).</summary>
    public static bool HasText(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            .Any(c => !char.IsWhiteSpace(c));
}
