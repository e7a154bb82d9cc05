namespace Plateforme.Crawler.Sources.Html;

/// <summary>
/// A field selector as written in a definition: "strong.date" (text), "a.btn@href" (an attribute),
/// "." (the item element itself), ".@href" (an attribute of the item).
/// </summary>
public sealed record HtmlSelector(string? Css, string? Attribute)
{
    public static HtmlSelector Parse(string text)
    {
        var at = text.LastIndexOf('@');
        var css = (at >= 0 ? text[..at] : text).Trim();
        var attribute = at >= 0 ? text[(at + 1)..].Trim() : null;
        return new HtmlSelector(css is "." or "" ? null : css, string.IsNullOrEmpty(attribute) ? null : attribute);
    }
}
