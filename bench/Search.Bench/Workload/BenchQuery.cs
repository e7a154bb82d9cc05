using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Workload;

/// <param name="Description">A short human reading of the query, for mismatch reports.</param>
public sealed record BenchQuery(QueryCategory Category, SearchQuery Query, string Description);
