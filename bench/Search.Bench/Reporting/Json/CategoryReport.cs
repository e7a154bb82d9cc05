namespace Plateforme.Search.Bench.Reporting.Json;

public sealed record CategoryReport(int Queries, double P50Ms, double P95Ms, double P99Ms, double MeanHits, int ZeroHitQueries);
