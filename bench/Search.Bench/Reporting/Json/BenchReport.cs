namespace Plateforme.Search.Bench.Reporting.Json;

/// <summary>The shape of bench/results/search.json.</summary>
public sealed record BenchReport(
    string GeneratedAt,
    MachineInfo Machine,
    CorpusInfo Corpus,
    QueryInfo Queries,
    IReadOnlyDictionary<string, EngineReport> Engines,
    IReadOnlyDictionary<string, string> Failures,
    AgreementReport? Agreement,
    ComparisonReport Comparison,
    IReadOnlyDictionary<string, TargetReport> Targets);
