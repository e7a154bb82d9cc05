namespace Plateforme.Search.Bench.Engines;

/// <param name="IndexSizeBytes">Files of the index, or the table with its indexes for a database.</param>
/// <param name="ServerPeakRssBytes">For an engine in another process: that process's peak resident memory, when readable.</param>
/// <param name="Notes">Engine-specific facts worth printing (versions, settings).</param>
public sealed record EngineFootprint(long IndexSizeBytes, long? ServerPeakRssBytes, IReadOnlyList<string> Notes);
