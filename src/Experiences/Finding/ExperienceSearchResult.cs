namespace Plateforme.Experiences.Finding;

/// <summary>
/// A page of found sheets, the total, every found sheet (for the map, which shows them all) and the facets counted
/// over the sheets found.
/// </summary>
public sealed record ExperienceSearchResult(
    IReadOnlyList<ExperienceHit> Hits,
    int Total,
    IReadOnlyList<ExperienceHit> All,
    IReadOnlyList<ExperienceFacet> Themes,
    IReadOnlyList<ExperienceFacet> Innovations,
    IReadOnlyList<ExperienceFacet> Carriers,
    IReadOnlyList<ExperienceFacet> Regions,
    IReadOnlyList<ExperienceFacet> Departements);
