using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines;

/// <summary>
/// What the benchmark asks of each engine: build an index from the corpus, then answer the same
/// <see cref="SearchQuery"/> objects with the same filter and facet semantics.
/// </summary>
public interface ISearchEngine : IAsyncDisposable
{
    /// <summary>"lucene", "postgres" or "sqlite": the key in the results file.</summary>
    string Name { get; }

    /// <summary>Creates the index from nothing; the time this takes is the engine's build time.</summary>
    Task BuildAsync(IReadOnlyList<CallDocument> corpus, CancellationToken cancellationToken);

    Task<EngineAnswer> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Size on disk of the built index (tables, indexes, segments) and any engine-specific notes.</summary>
    Task<EngineFootprint> MeasureFootprintAsync(CancellationToken cancellationToken);
}
