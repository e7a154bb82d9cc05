namespace Plateforme.Search.Bench.Reporting.Json;

/// <param name="SlowestQueries">The five slowest queries of the measured pass, to know where to look.</param>
/// <param name="Phases">Latencies of the same queries without facets and without the page, to tell what costs what.</param>
public sealed record EngineReport(
    double BuildSeconds,
    IReadOnlyDictionary<string, double> BuildPhasesSeconds,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MeanMs,
    double MaxMs,
    double MeanHits,
    double PeakWorkingSetMb,
    double BaselineWorkingSetMb,
    double PeakManagedMb,
    double IndexSizeMb,
    double? ServerPeakRssMb,
    IReadOnlyDictionary<string, CategoryReport> ByCategory,
    PhaseReport Phases,
    FewMatchesReport FewMatchTextQueries,
    IReadOnlyList<string> SlowestQueries,
    IReadOnlyList<string> Notes);
