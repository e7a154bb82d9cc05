using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines.Sql;

public static class FacetOrdering
{
    /// <summary>Most frequent first, ties by value, so every engine lists a dimension the same way.</summary>
    public static IReadOnlyList<FacetCount> ByCountThenValue(IEnumerable<FacetCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
}
