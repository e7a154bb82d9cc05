namespace Plateforme.Search.Bench.Reporting.Json;

/// <summary>
/// p50 and mean of three passes over the mix. The differences are estimates of a phase's cost:
/// page = loading 20 results (stored fields, snippets) beyond the first; facets = the seven facet dimensions.
/// </summary>
public sealed record PhaseReport(
    double SearchOnlyP50Ms,
    double SearchOnlyMeanMs,
    double WithoutFacetsP50Ms,
    double WithoutFacetsMeanMs,
    double FullP50Ms,
    double FullMeanMs,
    double PageCostMeanMs,
    double FacetsCostMeanMs);
