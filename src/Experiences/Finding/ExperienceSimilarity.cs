using Lucene.Net.Analysis;
using Plateforme.Experiences.Sheets;
using Plateforme.Search.Analysis;

namespace Plateforme.Experiences.Finding;

/// <summary>
/// « Expériences similaires »: shared themes weigh most, then the same innovation category, carrier type and région,
/// then the analysed words the titles and summaries share.
/// </summary>
internal static class ExperienceSimilarity
{
    public static IEnumerable<Experience> Rank(Experience sheet, IEnumerable<Experience> candidates, Analyzer analyzer)
    {
        var words = Words(sheet, analyzer);
        var themes = sheet.ThemeSlugs.ToHashSet(StringComparer.Ordinal);
        var region = ExperiencePlaces.PathOf(sheet).FirstOrDefault(c => c.StartsWith("reg:", StringComparison.Ordinal));
        return candidates
            .Where(c => c.Id != sheet.Id)
            .Select(c => (Sheet: c, Score:
                3.0 * c.ThemeSlugs.Count(themes.Contains)
                + (c.Innovation is not null && c.Innovation == sheet.Innovation ? 1.5 : 0)
                + (c.Carrier == sheet.Carrier ? 1.0 : 0)
                + (region is not null && ExperiencePlaces.PathOf(c).Contains(region) ? 1.0 : 0)
                + 0.5 * Words(c, analyzer).Count(words.Contains)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Sheet.Title, StringComparer.Ordinal)
            .Select(s => s.Sheet);
    }

    private static HashSet<string> Words(Experience sheet, Analyzer analyzer) =>
        analyzer.Tokenize($"{sheet.Title} {sheet.Summary}").Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
}
