using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines;

/// <summary>The part of a search result the benchmark compares across engines.</summary>
public sealed record EngineAnswer(
    int Total,
    IReadOnlyList<Guid> HitIds,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);
