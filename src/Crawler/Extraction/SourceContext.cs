namespace Plateforme.Crawler.Extraction;

/// <summary>
/// What the crawler knows about a source, applied when an item says nothing itself: the funder publishing
/// the site, the territory it covers, the licence of its data.
/// </summary>
/// <param name="DefaultFunder">Funder slug or name used when the item names none ("region-hauts-de-france").</param>
/// <param name="DefaultTerritory">A "level:code" or a place name ("reg:32", "Somme") for items that name no territory.</param>
public sealed record SourceContext(string SourceId, string? DefaultFunder = null, string? DefaultTerritory = null, string? Licence = null);
