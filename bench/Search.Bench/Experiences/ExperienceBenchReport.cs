using Plateforme.Search.Bench.Measurement;

namespace Plateforme.Search.Bench.Experiences;

/// <summary>What bench/results/experiences-search.json holds.</summary>
public sealed record ExperienceBenchReport(
    DateTimeOffset RanAt, int Processors, string? LoadAtStart, int Queries, int Rounds, IReadOnlyList<ExperienceSizeReport> Sizes);

/// <summary>One size of the base: the index against the scan baseline, and how many sheets each finds on average.</summary>
public sealed record ExperienceSizeReport(
    int Sheets, double IndexBuildMs, LatencyStats Index, LatencyStats Scan, double IndexMeanHits, double ScanMeanHits)
{
    /// <summary>Scan p50 over index p50: above 1, the index is the faster.</summary>
    public double P50SpeedUp => Index.P50Ms > 0 ? Math.Round(Scan.P50Ms / Index.P50Ms, 2) : 0;
}
