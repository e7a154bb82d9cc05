namespace Plateforme.Search.Bench.Reporting.Json;

/// <summary>PostgreSQL full text is the baseline: a ratio above 1 means the engine is that many times faster at p50.</summary>
public sealed record ComparisonReport(string Baseline, double? LuceneP50Ms, double? PostgresP50Ms, double? SqliteP50Ms, double? PostgresP50OverLuceneP50, double? PostgresP50OverSqliteP50);
