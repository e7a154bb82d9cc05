namespace Plateforme.Search.Bench.Reporting.Json;

public sealed record QueryInfo(int Count, int TextOnly, int TextWithFilters, int FiltersOnly, int WarmUp, int PageSize, IReadOnlyList<string> Facets, string Threads);
