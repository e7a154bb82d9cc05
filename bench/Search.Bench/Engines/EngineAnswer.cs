using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines;

/// <summary>The part of a search result the benchmark compares across engines.</summary>
/// <param name="UsedFuzzyMatching">The engine added typo-tolerant matches (Lucene only).</param>
public sealed record EngineAnswer(
    int Total,
    IReadOnlyList<Guid> HitIds,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    bool UsedFuzzyMatching = false);
