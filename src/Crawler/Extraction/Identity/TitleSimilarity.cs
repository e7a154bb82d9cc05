namespace Plateforme.Crawler.Extraction.Identity;

/// <summary>
/// How close two call titles are, from 0 to 1, after the same normalisation as <see cref="CallFingerprint"/>:
/// the Jaccard index of their word sets, each word cut to its first six letters so that "mobilité"/"mobilités"
/// or "rural"/"rurales" count as one. Word order and repeats are ignored. A title match alone does not make a
/// duplicate: the catalogue also compares funder and deadline.
/// </summary>
public static class TitleSimilarity
{
    /// <summary>At or above this score two titles of the same funder name the same call.</summary>
    public const double NearDuplicateThreshold = 0.75;

    private const int StemLength = 6;

    public static double Score(string? first, string? second)
    {
        var a = Stems(first);
        var b = Stems(second);
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    public static bool AreNearDuplicates(string? first, string? second, double threshold = NearDuplicateThreshold) =>
        Score(first, second) >= threshold;

    private static HashSet<string> Stems(string? title) =>
        TitleTokens.Of(title).Select(t => FrenchText.Truncate(t, StemLength)).ToHashSet(StringComparer.Ordinal);
}
