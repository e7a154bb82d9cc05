namespace Plateforme.Search.Bench.Reporting.Json;

public sealed record TargetReport(string Target, double? Measured, bool? Pass);
