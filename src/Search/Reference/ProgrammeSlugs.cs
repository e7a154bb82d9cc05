using Plateforme.Search.Text;

namespace Plateforme.Search.Reference;

/// <summary>
/// Programmes are an open list: sources name them (« Petites villes de demain », « LEADER »), and a call is filed
/// under the name it was given. Their slug is that name folded, so the same programme written with other
/// capitals or accents filters as one.
/// </summary>
public static class ProgrammeSlugs
{
    public const int MaxLength = 120;

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FrenchFolding.Slugify(name, MaxLength);
    }

    /// <summary>True for text shaped like a programme slug: what the <c>programme</c> filter accepts.</summary>
    public static bool IsSlug(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= MaxLength && text[0] != '-' && text[^1] != '-'
        && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
