namespace Plateforme.Search.Bench.Reporting.Json;

public sealed record EngineAgreementReport(double TotalsAgreementRate, double FacetsAgreementRate, IReadOnlyList<string> FirstMismatches);
