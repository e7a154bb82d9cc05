namespace Plateforme.Search.Bench.Engines;

/// <param name="IndexSizeBytes">Files of the index, or the table with its indexes for a database.</param>
/// <param name="ServerPeakRssBytes">For an engine in another process: that process's peak resident memory, when readable.</param>
/// <param name="BuildPhasesSeconds">Where the build time went, in the engine's own steps.</param>
/// <param name="Notes">Engine-specific facts worth printing (versions, settings).</param>
public sealed record EngineFootprint(
    long IndexSizeBytes,
    long? ServerPeakRssBytes,
    IReadOnlyDictionary<string, double> BuildPhasesSeconds,
    IReadOnlyList<string> Notes);
