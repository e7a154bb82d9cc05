using Plateforme.Experiences.Sheets;
using Plateforme.Search.Reference;

namespace Plateforme.Experiences.Finding;

/// <summary>Counts of the found sheets by theme, category, carrier type, région and département, most frequent first.</summary>
internal static class ExperienceFacets
{
    public static IReadOnlyList<ExperienceFacet> Themes(IEnumerable<ExperienceHit> hits) =>
        Count(hits.SelectMany(h => h.Sheet.ThemeSlugs), ExperienceThemes.Label);

    public static IReadOnlyList<ExperienceFacet> Innovations(IEnumerable<ExperienceHit> hits) =>
        Count(hits.Where(h => h.Sheet.Innovation is not null).Select(h => ExperienceLabels.InnovationSlug(h.Sheet.Innovation!.Value)),
            slug => ExperienceLabels.Innovation(ExperienceLabels.InnovationFromSlug(slug)!.Value));

    public static IReadOnlyList<ExperienceFacet> Carriers(IEnumerable<ExperienceHit> hits) =>
        Count(hits.Select(h => ExperienceLabels.CarrierSlug(h.Sheet.Carrier)), slug => ExperienceLabels.Carrier(ExperienceLabels.CarrierFromSlug(slug)!.Value));

    public static IReadOnlyList<ExperienceFacet> Regions(IEnumerable<ExperienceHit> hits) => Level(hits, "reg:");

    public static IReadOnlyList<ExperienceFacet> Departements(IEnumerable<ExperienceHit> hits) => Level(hits, "dep:");

    private static IReadOnlyList<ExperienceFacet> Level(IEnumerable<ExperienceHit> hits, string prefix) =>
        Count(hits.SelectMany(h => ExperiencePlaces.PathOf(h.Sheet).Where(c => c.StartsWith(prefix, StringComparison.Ordinal))),
            code => TerritoryDirectory.Default.Label(TerritoryCode.Parse(code)));

    private static IReadOnlyList<ExperienceFacet> Count(IEnumerable<string> values, Func<string, string> label) =>
        values.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new ExperienceFacet(g.Key, label(g.Key), g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)
            .ToList();
}
