using System.Globalization;

namespace Plateforme.Crawler.Extraction.Identity;

/// <summary>
/// A key that is the same for the same call listed by several sources: its identifying title words (sorted, so
/// word order does not matter), its lead funder and its deadline. "Appel à projets Tiers-lieux solidaires 2026 -
/// Fondation de France" and "AAP tiers lieux solidaires" by "fondation-de-france", both closing on 15 March 2026,
/// give "lieu-solidaire-tier|fondation-france|2026-03-15". Readable on purpose, for moderators comparing merges.
/// </summary>
public static class CallFingerprint
{
    /// <summary>The catalogue stores at most 400 characters.</summary>
    public const int MaxLength = 400;

    private const int MaxTitlePart = 280;

    public static string Compute(string title, string? leadFunder, DateOnly? deadline)
    {
        var words = TitleTokens.Of(title, leadFunder).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var titlePart = string.Join('-', words);
        titlePart = FrenchText.Truncate(titlePart, MaxTitlePart);
        var funderPart = FrenchText.Truncate(TitleTokens.FunderKey(leadFunder), 80);
        var deadlinePart = deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "sans-date";
        return $"{titlePart}|{funderPart}|{deadlinePart}";
    }

    /// <summary>The identifying words of a title, in order, joined by spaces: what <see cref="TitleSimilarity"/> compares.</summary>
    public static string NormalizeTitle(string title, string? leadFunder = null) => string.Join(' ', TitleTokens.Of(title, leadFunder));
}
