using Plateforme.Search.Text;

namespace Plateforme.Crawler.Sources.AidesTerritoires;

/// <summary>
/// Reads aides-territoires' categories. The API writes each one as its theme's name, " / ", then the category's
/// name; theme names themselves contain " / " (« Énergies / Déchets ») and category names contain commas
/// (« Innovation, créativité et recherche »), so the text cannot be split: the theme is recognised as one of the
/// site's known themes at the start of the entry, and the rest, whatever it contains, is the category.
/// </summary>
public static class AidCategories
{
    private const string Separator = " / ";

    /// <summary>The site's themes, as its serializer names them.</summary>
    public static IReadOnlyList<string> KnownThemes { get; } =
    [
        "Culture et identité collective / patrimoine / sports",
        "Développement économique / production et consommation",
        "Eau et milieux aquatiques",
        "Énergies / Déchets",
        "Fonctions support",
        "Mobilité / transports",
        "Nature / environnement",
        "Numérique",
        "Solidarités / lien social",
        "Urbanisme / logement / aménagement",
    ];

    // Longest first, so that a theme whose name begins another's never wins over it.
    private static readonly (string Folded, string Name)[] FoldedThemes =
        [.. KnownThemes.Select(t => (FrenchFolding.Fold(t), t)).OrderByDescending(t => t.Item1.Length)];

    /// <summary>
    /// One entry as a theme and a category. An entry whose start is no known theme is kept whole, as a category
    /// without theme: the theme detector then reads it as a whole rather than in pieces.
    /// </summary>
    public static SourceCategory Parse(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = entry.Trim();
        var folded = FrenchFolding.Fold(text);
        foreach (var (foldedTheme, name) in FoldedThemes)
        {
            // Folding keeps the length of French letters, so the folded prefix measures the original one.
            if (folded.Length > foldedTheme.Length + Separator.Length
                && folded.StartsWith(foldedTheme + Separator, StringComparison.Ordinal)
                && FrenchFolding.Fold(text[..foldedTheme.Length]) == foldedTheme)
            {
                return new SourceCategory(name, text[(foldedTheme.Length + Separator.Length)..].Trim());
            }

            if (folded == foldedTheme) return new SourceCategory(name, name);
        }

        return new SourceCategory(null, text);
    }
}
