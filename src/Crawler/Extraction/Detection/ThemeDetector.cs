using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Extraction.Detection;

/// <summary>
/// Files a call under the <see cref="ThemeTaxonomy"/> from its words. Each theme scores one point per distinct
/// keyword of the theme or of its sub-themes found in the body, two in the title; a theme needs two points
/// (one keyword in passing is not a subject), or else the best single-point theme is kept so a call is rarely
/// left unfiled. Acronyms match with their case ("ANS", not "16-25 ans"), and idioms are blanked first
/// ("au fil de l'eau" is not about water).
/// </summary>
public sealed class ThemeDetector
{
    private const int MaxThemes = 3;
    private const int Threshold = 2;

    private static readonly Lazy<ThemeDetector> DefaultInstance = new(() => new ThemeDetector(ThemeTaxonomy.Default));

    private static readonly PhraseSet Idioms = new(["au fil de l'eau", "de nature à", "mise en œuvre", "en lien avec", "à la formation du jury", "formulaire", "en cours de formation"]);

    private readonly ThemeTaxonomy taxonomy;
    private readonly List<(Theme Theme, PhraseSet Keywords, PhraseSet Shadows, List<(SubTheme SubTheme, PhraseSet Keywords)> SubThemes)> rules;

    public ThemeDetector(ThemeTaxonomy taxonomy)
    {
        this.taxonomy = taxonomy;
        rules = taxonomy.All
            .Select(t => (t, new PhraseSet(PhrasesOf(t)), new PhraseSet(ShadowsOf(t, taxonomy)), t.SubThemes.Select(s => (s, new PhraseSet([s.Label, .. s.Keywords]))).ToList()))
            .ToList();
    }

    private static List<string> PhrasesOf(Theme theme) => [theme.Label, .. theme.Keywords, .. theme.SubThemes.SelectMany(s => s.Keywords)];

    /// <summary>
    /// Longer keywords of other themes that contain one of this theme's keywords: "restauration collective" is food,
    /// so it must not also count as "restauration" of heritage; "autonomie des jeunes" is not health's "autonomie".
    /// </summary>
    private static IEnumerable<string> ShadowsOf(Theme theme, ThemeTaxonomy taxonomy)
    {
        var own = PhrasesOf(theme).Select(p => FoldedText.Singular(FrenchText.FoldWords(p))).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
        return taxonomy.All
            .Where(other => other.Slug != theme.Slug)
            .SelectMany(PhrasesOf)
            .Where(phrase =>
            {
                var folded = FoldedText.Singular(FrenchText.FoldWords(phrase));
                return !own.Contains(folded) && own.Any(k => k.Length < folded.Length && FrenchText.ContainsPhrase(folded, k));
            });
    }

    public static ThemeDetector Default => DefaultInstance.Value;

    public ThemeDetection Detect(string? title, string? body)
    {
        var foldedTitle = FoldedText.Of(title).Without(Idioms);
        var foldedBody = FoldedText.Of(body).Without(Idioms);
        var scored = new List<(string Slug, int Score, List<string> SubThemes)>();
        foreach (var (theme, keywords, shadows, subThemes) in rules)
        {
            var themeTitle = foldedTitle.Without(shadows);
            var themeBody = foldedBody.Without(shadows);
            var score = 2 * keywords.Count(themeTitle) + keywords.Count(themeBody);
            var subThemeHits = new List<string>();
            foreach (var (subTheme, subKeywords) in subThemes)
            {
                if (2 * subKeywords.Count(themeTitle) + subKeywords.Count(themeBody) > 0) subThemeHits.Add(subTheme.Slug);
            }
            if (score > 0) scored.Add((theme.Slug, score, subThemeHits));
        }
        if (scored.Count == 0) return ThemeDetection.None;

        var ranked = scored.OrderByDescending(s => s.Score).ToList();
        var kept = ranked.Where(s => s.Score >= Threshold).Take(MaxThemes).ToList();
        if (kept.Count == 0) kept = [ranked[0]];
        return new ThemeDetection(kept.Select(k => k.Slug).ToList(), kept.SelectMany(k => k.SubThemes).ToList());
    }

    /// <summary>
    /// Themes a source lists itself ("Culture et patrimoine, Sport"): each item as a theme slug or label, else as a
    /// sub-theme (its theme is added), else detected from its words.
    /// </summary>
    public ThemeDetection FromField(string? themesText)
    {
        if (string.IsNullOrWhiteSpace(themesText)) return ThemeDetection.None;
        var themes = new List<string>();
        var subThemes = new List<string>();
        foreach (var item in themesText.Split([',', ';', '/', '\n', '•', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (taxonomy.TryNormalize(item, out var slug))
            {
                AddOnce(themes, slug);
                continue;
            }
            var subTheme = taxonomy.AllSubThemes.FirstOrDefault(s =>
                string.Equals(s.Slug, item, StringComparison.Ordinal) || FrenchText.FoldWords(s.Label) == FrenchText.FoldWords(item));
            if (subTheme is not null)
            {
                AddOnce(themes, subTheme.ThemeSlug);
                AddOnce(subThemes, subTheme.Slug);
                continue;
            }
            var detected = Detect(item, null);
            foreach (var theme in detected.Themes.Take(1)) AddOnce(themes, theme);
            foreach (var sub in detected.SubThemes) AddOnce(subThemes, sub);
        }
        return new ThemeDetection(themes, subThemes);
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal)) list.Add(value);
    }
}
