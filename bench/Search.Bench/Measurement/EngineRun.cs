using Plateforme.Search.Bench.Engines;
using Plateforme.Search.Bench.Workload;

namespace Plateforme.Search.Bench.Measurement;

/// <summary>Everything measured for one engine.</summary>
public sealed record EngineRun
{
    public required string Name { get; init; }
    public required double BuildSeconds { get; init; }
    public required EngineFootprint Footprint { get; init; }

    /// <summary>The measured pass: facets on, page of 20.</summary>
    public required PassResult Full { get; init; }

    /// <summary>Same queries without facets: matching, counting, ranking and loading the page.</summary>
    public required PassResult WithoutFacets { get; init; }

    /// <summary>Without facets and with a page of one: matching, counting and ranking, almost no stored fields.</summary>
    public required PassResult SearchOnly { get; init; }

    public required IReadOnlyList<BenchQuery> Queries { get; init; }
    public required long BaselineWorkingSetBytes { get; init; }
    public required long PeakWorkingSetBytes { get; init; }
    public required long PeakManagedBytes { get; init; }

    public LatencyStats Latency => LatencyStats.From(Full.LatenciesMs.ToList());

    public LatencyStats LatencyOf(QueryCategory category) =>
        LatencyStats.From(Full.LatenciesMs.Where((_, i) => Queries[i].Category == category).ToList());

    public double MeanHits => Full.Answers.Average(a => a.Total);

    public double MeanHitsOf(QueryCategory category) =>
        Full.Answers.Where((_, i) => Queries[i].Category == category).Select(a => (double)a.Total).DefaultIfEmpty().Average();
}
