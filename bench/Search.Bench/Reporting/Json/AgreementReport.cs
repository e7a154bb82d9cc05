namespace Plateforme.Search.Bench.Reporting.Json;

public sealed record AgreementReport(string Baseline, int FilterOnlyQueries, IReadOnlyDictionary<string, EngineAgreementReport> Engines);
