using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Sheets;
using Plateforme.Search.Text;

namespace Plateforme.Search.Bench.Experiences;

/// <summary>
/// The baseline: what a store without a search engine does (SQL <c>LIKE '%mot%'</c> on every field), here in memory
/// over the published sheets already loaded — every word of the query contained in the folded text, the same filters.
/// No stemming, so its hits differ from the index's; it answers « is an index worth it at this size? ».
/// </summary>
public sealed class LinearScan(IReadOnlyList<Experience> sheets)
{
    private readonly List<(Experience Sheet, string Text, HashSet<string> Path)> rows = sheets
        .Select(s => (s, FrenchFolding.Fold(string.Join(' ', s.Title, s.Summary, s.CarrierName, s.Partners, s.Context, s.Objectives,
            s.Method, s.Implementation, s.MeansAndCosts, s.Results, s.PointsOfVigilance, s.KeyFactors, s.Neighbourhood ?? "",
            ExperiencePlaces.Label(s))), ExperiencePlaces.PathOf(s).ToHashSet(StringComparer.Ordinal)))
        .ToList();

    public int Count(ExperienceQuery query)
    {
        var words = FrenchFolding.Words(query.Text).Where(w => w.Length > 2).ToArray();
        var found = 0;
        foreach (var (sheet, text, path) in rows)
        {
            if (!words.All(w => text.Contains(w, StringComparison.Ordinal))) continue;
            if (query.Territory is { } territory && !path.Contains(territory)) continue;
            if (!query.Themes.All(t => sheet.ThemeSlugs.Contains(t))) continue;
            if (query.Carrier is { } carrier && ExperienceLabels.CarrierSlug(sheet.Carrier) != carrier) continue;
            if (query.Innovation is { } innovation && (sheet.Innovation is not { } c || ExperienceLabels.InnovationSlug(c) != innovation)) continue;
            found++;
        }

        return found;
    }
}
