namespace Plateforme.Search.Bench.Reporting.Json;

/// <summary>
/// Text queries whose exact matches were fewer than three (or that the engine widened with typo-tolerant
/// matching): Lucene runs a second, fuzzy pass for them. Their latency beside the other text queries' shows
/// what that pass costs.
/// </summary>
public sealed record FewMatchesReport(int Queries, int WidenedByFuzzyMatching, double MeanMs, double P50Ms, double OtherTextQueriesMeanMs);
