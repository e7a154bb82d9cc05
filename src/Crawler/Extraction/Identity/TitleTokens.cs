namespace Plateforme.Crawler.Extraction.Identity;

/// <summary>
/// The words of a call title that identify it: folded, without stop words, without the words every call has
/// ("appel à projets", "AMI", "édition"), without years and ordinals, singular ("solidaires" → "solidaire").
/// </summary>
internal static class TitleTokens
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "ou", "a", "au", "aux", "en", "pour", "par",
        "sur", "dans", "avec", "sans", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "votre", "vos",
        "notre", "nos", "qui", "que", "dont", "the", "of", "and", "for", "s", "n", "y",
    };

    private static readonly HashSet<string> CallNoise = new(StringComparer.Ordinal)
    {
        "appel", "appels", "projet", "projets", "aap", "ami", "aac", "manifestation", "manifestations", "interet",
        "candidature", "candidatures", "edition", "session", "vague", "nouvel", "nouveau", "nouvelle", "lancement",
        "premiere", "deuxieme", "troisieme", "1re", "1er", "2e", "2eme", "3e", "3eme", "4e", "5e",
    };

    /// <summary>Identifying words of <paramref name="title"/>, minus the words of <paramref name="funder"/> when some remain.</summary>
    public static List<string> Of(string? title, string? funder = null)
    {
        var tokens = Words(title).Where(t => !CallNoise.Contains(t) && !IsYear(t)).Select(Singular).ToList();
        var funderWords = Words(funder).Select(Singular).ToHashSet(StringComparer.Ordinal);
        if (funderWords.Count > 0)
        {
            var withoutFunder = tokens.Where(t => !funderWords.Contains(t)).ToList();
            if (withoutFunder.Count > 0) tokens = withoutFunder;
        }
        return tokens;
    }

    /// <summary>A funder's name or slug as one key: "Fondation de France" and "fondation-de-france" both give "fondation-france".</summary>
    public static string FunderKey(string? funder) => string.Join('-', Words(funder));

    private static IEnumerable<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : FrenchText.FoldWords(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w));

    private static bool IsYear(string token) =>
        token.Length == 4 && token.All(char.IsAsciiDigit) && (token.StartsWith("19", StringComparison.Ordinal) || token.StartsWith("20", StringComparison.Ordinal));

    private static string Singular(string token) =>
        token.Length > 3 && (token.EndsWith('s') || token.EndsWith('x')) && !token.All(char.IsAsciiDigit) ? token[..^1] : token;
}
