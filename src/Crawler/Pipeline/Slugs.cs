using Plateforme.Crawler.Extraction;

namespace Plateforme.Crawler.Pipeline;

/// <summary>URL-safe names for funders and calls: folded words joined by hyphens.</summary>
internal static class Slugs
{
    public static string Of(string text, int maxLength)
    {
        var slug = string.Join('-', FrenchText.FoldWords(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > maxLength) slug = slug[..maxLength].TrimEnd('-');
        return slug.Length == 0 ? "sans-titre" : slug;
    }

    /// <summary>True for text already shaped like a slug ("fondation-de-france"), which is kept as is.</summary>
    public static bool IsSlug(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
